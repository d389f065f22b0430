<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutScreen</name>
        <message>
            <source>Noto Sans font: Google and the Noto project, SIL Open Font License 1.1</source>
            <translation>Noto Sans font: Google and the Noto project, SIL Open Font License 1.1</translation>
        </message>
        <message>
            <source>Qt 6, spdlog, OpenCV, libcurl, libsodium and SQLite: see the package's copyright file</source>
            <translation>Qt 6, spdlog, OpenCV, libcurl, libsodium and SQLite: see the package's copyright file</translation>
        </message>
        <message>
            <source>IOC Desk</source>
            <translation>IOC Desk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>The native control-room client of a provincial Intelligent Operations Center: map, camera wall, dashboards against plan, alerts and standard operating procedures, working offline.</source>
            <translation>The native control-room client of a provincial Intelligent Operations Center: map, camera wall, dashboards against plan, alerts and standard operating procedures, working offline.</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Credits</translation>
        </message>
        <message>
            <source>Administrative boundaries 2025 after sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database (MIT)</source>
            <translation>Administrative boundaries 2025 after sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database (MIT)</translation>
        </message>
        <message>
            <source>Demo province records: synthetic, generated from a seed; any likeness to real cases is chance</source>
            <translation>Demo province records: synthetic, generated from a seed; any likeness to real cases is chance</translation>
        </message>
        <message>
            <source>Natural Earth (public domain)</source>
            <translation>Natural Earth (public domain)</translation>
        </message>
        <message>
            <source>NASA SRTM30 relief (public domain)</source>
            <translation>NASA SRTM30 relief (public domain)</translation>
        </message>
    </context>
    <context>
        <name>AccountsScreen</name>
        <message>
            <source>Whole province</source>
            <translation>Whole province</translation>
        </message>
        <message>
            <source>Account %1 created.</source>
            <translation>Account %1 created.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Accounts: %1</source>
            <translation>Accounts: %1</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Change role…</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Areas (codes separated by commas; empty: the whole province)</source>
            <translation>Areas (codes separated by commas; empty: the whole province)</translation>
        </message>
        <message>
            <source>e.g. 32002, 31825</source>
            <translation>e.g. 32002, 31825</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>At least %1 characters, mixing three of: lower case, upper case, digits, other characters.</source>
            <translation>At least %1 characters, mixing three of: lower case, upper case, digits, other characters.</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Create account</translation>
        </message>
        <message>
            <source>Change the role of %1</source>
            <translation>Change the role of %1</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Reset the password of %1</source>
            <translation>Reset the password of %1</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
    </context>
    <context>
        <name>AlertEngineText</name>
        <message>
            <source>mm/h</source>
            <translation>mm/h</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>NTU</source>
            <translation>NTU</translation>
        </message>
        <message>
            <source>allowed %1–%2</source>
            <translation>allowed %1–%2</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>threshold %1</translation>
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <extracomment>An alert's title: rule name, asset name, the reading and its limit: "Rain over the gauge's threshold: Trạm đo mưa Phường 1, 62.5 mm/h (threshold 50)"</extracomment>
            <translation>%1: %2, %3 (%4)</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <extracomment>An alert's title about a case: rule name, case title, why ("Dossier overdue: Cấp giấy phép xây dựng (due 22/11 08:00)")</extracomment>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>received %1</source>
            <translation>received %1</translation>
        </message>
        <message>
            <source>pending since %1</source>
            <translation>pending since %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>was due %1</source>
            <translation>was due %1</translation>
        </message>
        <message>
            <source>%1: %2 cases within %3 m in %4 h</source>
            <extracomment>A hot spot alert's title: rule name, number of cases, radius, hours</extracomment>
            <translation>%1: %2 cases within %3 m in %4 h</translation>
        </message>
        <message>
            <source>cannot read the connector status</source>
            <translation>cannot read the connector status</translation>
        </message>
        <message>
            <source>down (%1)</source>
            <translation>down (%1)</translation>
        </message>
        <message>
            <source>no data since %1</source>
            <translation>no data since %1</translation>
        </message>
        <message>
            <source>it started</source>
            <translation>it started</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
    </context>
    <context>
        <name>AlertRowsText</name>
        <message>
            <source>cannot save the details of alert %1</source>
            <translation>cannot save the details of alert %1</translation>
        </message>
    </context>
    <context>
        <name>AlertRuleText</name>
        <message>
            <source>is not a field of a %1 rule</source>
            <translation>is not a field of a %1 rule</translation>
        </message>
        <message>
            <source>"%1" is not a connector condition (down, stale, down_or_stale)</source>
            <translation>"%1" is not a connector condition (down, stale, down_or_stale)</translation>
        </message>
        <message>
            <source>is required by a %1 rule but missing</source>
            <translation>is required by a %1 rule but missing</translation>
        </message>
        <message>
            <source>give either assetKind or assets (exactly one)</source>
            <translation>give either assetKind or assets (exactly one)</translation>
        </message>
        <message>
            <source>is not used with operator outside (use min and max)</source>
            <translation>is not used with operator outside (use min and max)</translation>
        </message>
        <message>
            <source>operator outside needs min or minProperty</source>
            <translation>operator outside needs min or minProperty</translation>
        </message>
        <message>
            <source>operator outside needs max or maxProperty</source>
            <translation>operator outside needs max or maxProperty</translation>
        </message>
        <message>
            <source>%1 is not above min %2</source>
            <translation>%1 is not above min %2</translation>
        </message>
        <message>
            <source>is only used with operator outside</source>
            <translation>is only used with operator outside</translation>
        </message>
        <message>
            <source>operator %1 needs threshold or thresholdProperty</source>
            <translation>operator %1 needs threshold or thresholdProperty</translation>
        </message>
        <message>
            <source>is not used with condition overdue</source>
            <translation>is not used with condition overdue</translation>
        </message>
        <message>
            <source>"%1" is not a case deadline (not_received_after_hours, near_due, overdue)</source>
            <translation>"%1" is not a case deadline (not_received_after_hours, near_due, overdue)</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: cannot be read (%2)</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2 (%3)</source>
            <translation>%1: not valid JSON at byte %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source> (and %n more)</source>
            <translation>
                <numerusform> (and %n more)</numerusform>
                <numerusform> (and %n more)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2/id: "%3" is already the id of %4</source>
            <translation>%1: %2/id: "%3" is already the id of %4</translation>
        </message>
        <message>
            <source>%1: %2/indicators/%3: "%4" is not an indicator of the catalogue</source>
            <translation>%1: %2/indicators/%3: "%4" is not an indicator of the catalogue</translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>acknowledged</translation>
        </message>
        <message>
            <source>in SOP</source>
            <translation>in SOP</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>alert %1 is %2: it cannot be %3</source>
            <extracomment>A refused alert transition: "alert rain/… is closed: it cannot be acknowledged"</extracomment>
            <translation>alert %1 is %2: it cannot be %3</translation>
        </message>
        <message>
            <source>cannot read the open alerts</source>
            <translation>cannot read the open alerts</translation>
        </message>
        <message>
            <source>the condition no longer holds</source>
            <translation>the condition no longer holds</translation>
        </message>
        <message>
            <source>back in range</source>
            <translation>back in range</translation>
        </message>
        <message>
            <source>cannot read alert %1</source>
            <translation>cannot read alert %1</translation>
        </message>
        <message>
            <source>cannot read the alerts grouped under %1</source>
            <translation>cannot read the alerts grouped under %1</translation>
        </message>
        <message>
            <source>there is no alert %1</source>
            <translation>there is no alert %1</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>snoozed</translation>
        </message>
        <message>
            <source>a snooze needs a reason</source>
            <translation>a snooze needs a reason</translation>
        </message>
        <message>
            <source>a snooze must end in the future</source>
            <translation>a snooze must end in the future</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>assigned</translation>
        </message>
        <message>
            <source>name the unit to assign the alert to</source>
            <translation>name the unit to assign the alert to</translation>
        </message>
        <message>
            <source>put in an SOP</source>
            <translation>put in an SOP</translation>
        </message>
        <message>
            <source>resolved with its group (%1)</source>
            <translation>resolved with its group (%1)</translation>
        </message>
        <message>
            <source>say why the alert is resolved</source>
            <translation>say why the alert is resolved</translation>
        </message>
        <message>
            <source>closed before it is resolved</source>
            <translation>closed before it is resolved</translation>
        </message>
        <message>
            <source>alert %1 has no position</source>
            <translation>alert %1 has no position</translation>
        </message>
        <message>
            <source>cannot read the units' positions</source>
            <translation>cannot read the units' positions</translation>
        </message>
        <message>
            <source>given a unit</source>
            <translation>given a unit</translation>
        </message>
        <message>
            <source>alert %1 has no position to send a unit to</source>
            <translation>alert %1 has no position to send a unit to</translation>
        </message>
        <message>
            <source>%1 is not a patrol unit</source>
            <translation>%1 is not a patrol unit</translation>
        </message>
    </context>
    <context>
        <name>AlertView</name>
        <message>
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <source>%1 min left</source>
            <translation>%1 min left</translation>
        </message>
        <message>
            <source>overdue by %1 min</source>
            <translation>overdue by %1 min</translation>
        </message>
        <message>
            <source>Select an alert to see where it is, with the nearest units and cameras.</source>
            <translation>Select an alert to see where it is, with the nearest units and cameras.</translation>
        </message>
        <message>
            <source>The alerts are handled by the centre's server: this console shows the list only.</source>
            <translation>The alerts are handled by the centre's server: this console shows the list only.</translation>
        </message>
        <message>
            <source>Rule %1</source>
            <translation>Rule %1</translation>
        </message>
        <message>
            <source>ward %1</source>
            <translation>ward %1</translation>
        </message>
        <message>
            <source>raised %1</source>
            <translation>raised %1</translation>
        </message>
        <message>
            <source>%1 alerts in the group</source>
            <translation>%1 alerts in the group</translation>
        </message>
        <message>
            <source>Acknowledged by %1: %2</source>
            <translation>Acknowledged by %1: %2</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>Assigned to %1</translation>
        </message>
        <message>
            <source>Dispatched: %1 at %2</source>
            <translation>Dispatched: %1 at %2</translation>
        </message>
        <message>
            <source>Comment or reason</source>
            <translation>Comment or reason</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>15 min</source>
            <translation>15 min</translation>
        </message>
        <message>
            <source>30 min</source>
            <translation>30 min</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hour</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 hours</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Unit to assign the alert to</source>
            <translation>Unit to assign the alert to</translation>
        </message>
        <message>
            <source>Assign to a unit</source>
            <translation>Assign to a unit</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>%1° N, %2° E</source>
            <translation>%1° N, %2° E</translation>
        </message>
        <message>
            <source>This alert has no position.</source>
            <translation>This alert has no position.</translation>
        </message>
        <message>
            <source>Ward %1</source>
            <translation>Ward %1</translation>
        </message>
        <message>
            <source>nearest unit %1</source>
            <translation>nearest unit %1</translation>
        </message>
        <message>
            <source>nearest camera %1</source>
            <translation>nearest camera %1</translation>
        </message>
        <message>
            <source>View on the map</source>
            <translation>View on the map</translation>
        </message>
        <message>
            <source>Nearest cameras</source>
            <translation>Nearest cameras</translation>
        </message>
        <message>
            <source>No camera nearby.</source>
            <translation>No camera nearby.</translation>
        </message>
        <message>
            <source>Related case</source>
            <translation>Related case</translation>
        </message>
        <message>
            <source>SOP</source>
            <translation>SOP</translation>
        </message>
        <message>
            <source>No SOP run for this alert.</source>
            <translation>No SOP run for this alert.</translation>
        </message>
        <message>
            <source>Run closed (%1 of %2 steps)</source>
            <translation>Run closed (%1 of %2 steps)</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Step %1 of %2: %3</translation>
        </message>
        <message>
            <source>awaiting a supervisor's approval</source>
            <translation>awaiting a supervisor's approval</translation>
        </message>
        <message>
            <source>Nearest patrol units</source>
            <translation>Nearest patrol units</translation>
        </message>
        <message>
            <source>No patrol unit with a known position.</source>
            <translation>No patrol unit with a known position.</translation>
        </message>
        <message>
            <source>%1 · about %2 min</source>
            <translation>%1 · about %2 min</translation>
        </message>
        <message>
            <source>moving</source>
            <translation>moving</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <source>Cameras nearby on the wall</source>
            <translation>Cameras nearby on the wall</translation>
        </message>
        <message>
            <source>False alarm</source>
            <translation>False alarm</translation>
        </message>
        <message>
            <source>Recorded as a false alarm, with the snapshot.</source>
            <translation>Recorded as a false alarm, with the snapshot.</translation>
        </message>
    </context>
    <context>
        <name>AlertViewText</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>In SOP</source>
            <translation>In SOP</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>cannot read the alerts</source>
            <translation>cannot read the alerts</translation>
        </message>
        <message>
            <source>the system</source>
            <translation>the system</translation>
        </message>
        <message>
            <source>raised by rule %1, grouped under %2</source>
            <translation>raised by rule %1, grouped under %2</translation>
        </message>
        <message>
            <source>raised by rule %1</source>
            <translation>raised by rule %1</translation>
        </message>
        <message>
            <source>alert %1 joined the group (%2 in all)</source>
            <translation>alert %1 joined the group (%2 in all)</translation>
        </message>
        <message>
            <source>acknowledged by %1: %2</source>
            <translation>acknowledged by %1: %2</translation>
        </message>
        <message>
            <source>snoozed by %1 until %2: %3</source>
            <translation>snoozed by %1 until %2: %3</translation>
        </message>
        <message>
            <source>assigned by %1 to %2</source>
            <translation>assigned by %1 to %2</translation>
        </message>
        <message>
            <source>SOP run %1 started</source>
            <translation>SOP run %1 started</translation>
        </message>
        <message>
            <source>resolved by %1: %2</source>
            <translation>resolved by %1: %2</translation>
        </message>
        <message>
            <source>closed by %1</source>
            <translation>closed by %1</translation>
        </message>
        <message>
            <source>%1 dispatched %2 (%3 m away)</source>
            <translation>%1 dispatched %2 (%3 m away)</translation>
        </message>
        <message>
            <source>%1 arrived</source>
            <translation>%1 arrived</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>the alerts are not available</source>
            <translation>the alerts are not available</translation>
        </message>
        <message>
            <source>there is no alert %1</source>
            <translation>there is no alert %1</translation>
        </message>
        <message>
            <source>"%1" is not a unit key (source/id)</source>
            <translation>"%1" is not a unit key (source/id)</translation>
        </message>
    </context>
    <context>
        <name>AlertsScreen</name>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>In SOP</source>
            <translation>In SOP</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Weather</source>
            <translation>Weather</translation>
        </message>
        <message>
            <source>Public order</source>
            <translation>Public order</translation>
        </message>
        <message>
            <source>Field reports</source>
            <translation>Field reports</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Any state</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Resolved or closed</source>
            <translation>Resolved or closed</translation>
        </message>
        <message>
            <source>%1 shown</source>
            <translation>%1 shown</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Any severity</translation>
        </message>
        <message>
            <source>Every domain</source>
            <translation>Every domain</translation>
        </message>
        <message>
            <source>No alert matches these filters.</source>
            <translation>No alert matches these filters.</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>snoozed</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsEditor</name>
        <message>
            <source>Analytics of %1</source>
            <translation>Analytics of %1</translation>
        </message>
        <message>
            <source>Click on the picture to draw a zone (3 points at least).</source>
            <translation>Click on the picture to draw a zone (3 points at least).</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s); finish the zone when it is closed.</source>
            <translation>
                <numerusform>%n point; finish the zone when it is closed.</numerusform>
                <numerusform>%n points; finish the zone when it is closed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Intrusion zone</source>
            <translation>Intrusion zone</translation>
        </message>
        <message>
            <source>Crowd zone</source>
            <translation>Crowd zone</translation>
        </message>
        <message>
            <source>Finish zone</source>
            <translation>Finish zone</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %n point(s)</source>
            <translation>
                <numerusform>%1 · %2 · %n point</numerusform>
                <numerusform>%1 · %2 · %n points</numerusform>
            </translation>
        </message>
        <message>
            <source>crowd</source>
            <translation>crowd</translation>
        </message>
        <message>
            <source>intrusion</source>
            <translation>intrusion</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Smallest object (% of the picture)</source>
            <translation>Smallest object (% of the picture)</translation>
        </message>
        <message>
            <source>Dwell (seconds)</source>
            <translation>Dwell (seconds)</translation>
        </message>
        <message>
            <source>Watched from (HH:mm, empty: always)</source>
            <translation>Watched from (HH:mm, empty: always)</translation>
        </message>
        <message>
            <source>Watched until (HH:mm)</source>
            <translation>Watched until (HH:mm)</translation>
        </message>
        <message>
            <source>Crowd: count people</source>
            <translation>Crowd: count people</translation>
        </message>
        <message>
            <source>People for a crowd</source>
            <translation>People for a crowd</translation>
        </message>
        <message>
            <source>For (seconds)</source>
            <translation>For (seconds)</translation>
        </message>
        <message>
            <source>Motion threshold (0–255)</source>
            <translation>Motion threshold (0–255)</translation>
        </message>
        <message>
            <source>Frames analysed per second</source>
            <translation>Frames analysed per second</translation>
        </message>
        <message>
            <source>Saved: the camera's analytics run with these settings.</source>
            <translation>Saved: the camera's analytics run with these settings.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>Every action</source>
            <translation>Every action</translation>
        </message>
        <message>
            <source>Sign-ins and failed sign-ins</source>
            <translation>Sign-ins and failed sign-ins</translation>
        </message>
        <message>
            <source>Use of privileges</source>
            <translation>Use of privileges</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <source>Account changes</source>
            <translation>Account changes</translation>
        </message>
        <message>
            <source>Shift handovers</source>
            <translation>Shift handovers</translation>
        </message>
        <message>
            <source>Audit exports</source>
            <translation>Audit exports</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>Last hour</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Last 24 hours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>All time</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <source>Entries: %1</source>
            <translation>Entries: %1</translation>
        </message>
    </context>
    <context>
        <name>CasesScreen</name>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>%1 shown of %2</source>
            <translation>%1 shown of %2</translation>
        </message>
        <message>
            <source>Search title or code</source>
            <translation>Search title or code</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Ward</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>The cases cannot be shown: %1</source>
            <translation>The cases cannot be shown: %1</translation>
        </message>
        <message>
            <source>No case matches these filters.</source>
            <translation>No case matches these filters.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueText</name>
        <message>
            <source>not a Qt plugin, or its metadata cannot be read: %1</source>
            <translation>not a Qt plugin, or its metadata cannot be read: %1</translation>
        </message>
        <message>
            <source>it implements the interface "%1", not "%2" that this IOC Desk loads</source>
            <translation>it implements the interface "%1", not "%2" that this IOC Desk loads</translation>
        </message>
        <message>
            <source>its metadata does not follow plugins/connector.schema.json: %1</source>
            <translation>its metadata does not follow plugins/connector.schema.json: %1</translation>
        </message>
        <message>
            <source>another plugin with the id "%1" was found first: %2</source>
            <translation>another plugin with the id "%1" was found first: %2</translation>
        </message>
        <message>
            <source>no connector plugin "%1" was found</source>
            <translation>no connector plugin "%1" was found</translation>
        </message>
        <message>
            <source>cannot be loaded: %1</source>
            <translation>cannot be loaded: %1</translation>
        </message>
        <message>
            <source>its exported object is not a connector factory</source>
            <translation>its exported object is not a connector factory</translation>
        </message>
        <message>
            <source>connector %1: no connector plugin "%2" was found</source>
            <translation>connector %1: no connector plugin "%2" was found</translation>
        </message>
        <message>
            <source>connector %1: its config does not fit the plugin %2: %3</source>
            <translation>connector %1: its config does not fit the plugin %2: %3</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>IOC Desk: the control-room client of a provincial Intelligent Operations Center.</source>
            <translation>IOC Desk: the control-room client of a provincial Intelligent Operations Center.</translation>
        </message>
        <message>
            <source>Run on the embedded demo province, fully offline.</source>
            <translation>Run on the embedded demo province, fully offline.</translation>
        </message>
        <message>
            <source>Read the settings from &lt;file&gt; (JSON).</source>
            <translation>Read the settings from &lt;file&gt; (JSON).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>The data store: a SQLite file path or postgresql://user@host:port/db.</source>
            <translation>The data store: a SQLite file path or postgresql://user@host:port/db.</translation>
        </message>
        <message>
            <source>url</source>
            <translation>url</translation>
        </message>
        <message>
            <source>Language of the interface: vi (default) or en.</source>
            <translation>Language of the interface: vi (default) or en.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>Run as the video wall described by &lt;profile&gt;.</source>
            <translation>Run as the video wall described by &lt;profile&gt;.</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>profile</translation>
        </message>
        <message>
            <source>Open the main window on screen number &lt;n&gt; (0 is the first).</source>
            <translation>Open the main window on screen number &lt;n&gt; (0 is the first).</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>Run connectors, rules and timers without a user interface.</source>
            <translation>Run connectors, rules and timers without a user interface.</translation>
        </message>
        <message>
            <source>Load the whole interface, show every screen once, exit 0 if all loaded.</source>
            <translation>Load the whole interface, show every screen once, exit 0 if all loaded.</translation>
        </message>
        <message>
            <source>Write one PNG per main screen into &lt;dir&gt;, then exit.</source>
            <translation>Write one PNG per main screen into &lt;dir&gt;, then exit.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>dir</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>unexpected argument '%1'</translation>
        </message>
        <message>
            <source>--lang: unknown language '%1' (available: %2)</source>
            <translation>--lang: unknown language '%1' (available: %2)</translation>
        </message>
        <message>
            <source>--screen: '%1' is not a screen number</source>
            <translation>--screen: '%1' is not a screen number</translation>
        </message>
        <message>
            <source>--wall: the profile name is empty</source>
            <translation>--wall: the profile name is empty</translation>
        </message>
        <message>
            <source>--screenshot: the folder is empty</source>
            <translation>--screenshot: the folder is empty</translation>
        </message>
        <message>
            <source>--self-test and --screenshot cannot be combined</source>
            <translation>--self-test and --screenshot cannot be combined</translation>
        </message>
        <message>
            <source>--headless has no user interface to test or capture</source>
            <translation>--headless has no user interface to test or capture</translation>
        </message>
        <message>
            <source>--db: the database is empty</source>
            <translation>--db: the database is empty</translation>
        </message>
        <message>
            <source>--db: unsupported database '%1' (use a SQLite file path or postgresql://user@host:port/db)</source>
            <translation>--db: unsupported database '%1' (use a SQLite file path or postgresql://user@host:port/db)</translation>
        </message>
        <message>
            <source>--db: '%1' is not of the form postgresql://user@host:port/db</source>
            <translation>--db: '%1' is not of the form postgresql://user@host:port/db</translation>
        </message>
        <message>
            <source>Check the journal's hash chain in the data store, name the first broken entry, exit.</source>
            <translation>Check the journal's hash chain in the data store, name the first broken entry, exit.</translation>
        </message>
        <message>
            <source>With --demo: how fast simulated time runs (60 = one minute per second).</source>
            <translation>With --demo: how fast simulated time runs (60 = one minute per second).</translation>
        </message>
        <message>
            <source>factor</source>
            <translation>factor</translation>
        </message>
        <message>
            <source>With --demo: the seed of the demo province and its simulator.</source>
            <translation>With --demo: the seed of the demo province and its simulator.</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>seed</translation>
        </message>
        <message>
            <source>--demo-speed: '%1' is not a factor between 0.1 and 3600</source>
            <translation>--demo-speed: '%1' is not a factor between 0.1 and 3600</translation>
        </message>
        <message>
            <source>--demo-seed: '%1' is not a whole number</source>
            <translation>--demo-seed: '%1' is not a whole number</translation>
        </message>
        <message>
            <source>--demo-speed and --demo-seed go with --demo</source>
            <translation>--demo-speed and --demo-seed go with --demo</translation>
        </message>
        <message>
            <source>Run the connectors described in &lt;file&gt; (JSON).</source>
            <translation>Run the connectors described in &lt;file&gt; (JSON).</translation>
        </message>
        <message>
            <source>--connectors: the file name is empty</source>
            <translation>--connectors: the file name is empty</translation>
        </message>
    </context>
    <context>
        <name>ConnectorSetupText</name>
        <message>
            <source>%1: cannot read the connectors file: %2</source>
            <translation>%1: cannot read the connectors file: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2: %3</source>
            <translation>%1: not valid JSON at byte %2: %3</translation>
        </message>
        <message>
            <source>%1: expected an object with a "connectors" list</source>
            <translation>%1: expected an object with a "connectors" list</translation>
        </message>
        <message>
            <source>%1: /connectors/%2/id: "%3" is already used by an earlier connector</source>
            <translation>%1: /connectors/%2/id: "%3" is already used by an earlier connector</translation>
        </message>
    </context>
    <context>
        <name>ConnectorStateText</name>
        <message>
            <source>cannot read the checkpoint of %1</source>
            <translation>cannot read the checkpoint of %1</translation>
        </message>
        <message>
            <source>cannot save the checkpoint of %1</source>
            <translation>cannot save the checkpoint of %1</translation>
        </message>
        <message>
            <source>cannot quarantine records</source>
            <translation>cannot quarantine records</translation>
        </message>
        <message>
            <source>cannot quarantine a record of %1</source>
            <translation>cannot quarantine a record of %1</translation>
        </message>
        <message>
            <source>cannot read quarantined record %1</source>
            <translation>cannot read quarantined record %1</translation>
        </message>
        <message>
            <source>cannot update quarantined record %1</source>
            <translation>cannot update quarantined record %1</translation>
        </message>
        <message>
            <source>cannot save the status of %1</source>
            <translation>cannot save the status of %1</translation>
        </message>
        <message>
            <source>cannot read the status of %1</source>
            <translation>cannot read the status of %1</translation>
        </message>
        <message>
            <source>cannot read the connector status</source>
            <translation>cannot read the connector status</translation>
        </message>
    </context>
    <context>
        <name>ConnectorText</name>
        <message>
            <source>this connector does not poll; it subscribes</source>
            <translation>this connector does not poll; it subscribes</translation>
        </message>
        <message>
            <source>this connector does not subscribe; it polls</source>
            <translation>this connector does not subscribe; it polls</translation>
        </message>
        <message>
            <source>this connector cannot read a quarantined record again</source>
            <translation>this connector cannot read a quarantined record again</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsScreen</name>
        <message>
            <source>Connectors</source>
            <translation>Connectors</translation>
        </message>
        <message>
            <source>Connectors: %1 · down: %2 · stale: %3</source>
            <translation>Connectors: %1 · down: %2 · stale: %3</translation>
        </message>
        <message>
            <source>Some connectors cannot run:</source>
            <translation>Some connectors cannot run:</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connector</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Last success</translation>
        </message>
        <message>
            <source>Data age</source>
            <translation>Data age</translation>
        </message>
        <message>
            <source>Records today</source>
            <translation>Records today</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Error rate</translation>
        </message>
        <message>
            <source>No connector has reported yet.</source>
            <translation>No connector has reported yet.</translation>
        </message>
        <message>
            <source>no data yet</source>
            <translation>no data yet</translation>
        </message>
        <message>
            <source>Last error (%1): %2</source>
            <translation>Last error (%1): %2</translation>
        </message>
        <message>
            <source>Next attempt: %1 · circuit breaker: %2</source>
            <translation>Next attempt: %1 · circuit breaker: %2</translation>
        </message>
        <message>
            <source>Poll now</source>
            <translation>Poll now</translation>
        </message>
        <message>
            <source>Quarantine of %1</source>
            <translation>Quarantine of %1</translation>
        </message>
        <message>
            <source>Quarantine of every connector</source>
            <translation>Quarantine of every connector</translation>
        </message>
        <message>
            <source>Held records: %1</source>
            <translation>Held records: %1</translation>
        </message>
        <message>
            <source>No record is held.</source>
            <translation>No record is held.</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · received %3 · %n attempt(s) · %4 bytes</source>
            <translation>
                <numerusform>%1 · %2 · received %3 · %n attempt · %4 bytes</numerusform>
                <numerusform>%1 · %2 · received %3 · %n attempts · %4 bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Not valid UTF-8: invalid bytes shown as �</source>
            <translation>Not valid UTF-8: invalid bytes shown as �</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>CsvDropText</name>
        <message>
            <source>the checkpoint is not one this connector wrote</source>
            <translation>the checkpoint is not one this connector wrote</translation>
        </message>
        <message>
            <source>folder, url: give exactly one of them</source>
            <translation>folder, url: give exactly one of them</translation>
        </message>
        <message>
            <source>url: not an ftp, ftps or sftp URL</source>
            <translation>url: not an ftp, ftps or sftp URL</translation>
        </message>
        <message>
            <source>folder: '%1' is not a folder</source>
            <translation>folder: '%1' is not a folder</translation>
        </message>
        <message>
            <source>folder: cannot create '%1'</source>
            <translation>folder: cannot create '%1'</translation>
        </message>
        <message>
            <source>delimiter: must be one ASCII character other than a quote or a line break</source>
            <translation>delimiter: must be one ASCII character other than a quote or a line break</translation>
        </message>
        <message>
            <source>encoding: only utf-8 is read (with or without a byte order mark), not '%1'</source>
            <translation>encoding: only utf-8 is read (with or without a byte order mark), not '%1'</translation>
        </message>
        <message>
            <source>maxFileMegabytes: must be more than 0</source>
            <translation>maxFileMegabytes: must be more than 0</translation>
        </message>
        <message>
            <source>the quarantined payload has no header line</source>
            <translation>the quarantined payload has no header line</translation>
        </message>
        <message>
            <source>the quarantined payload is not a header and one row</source>
            <translation>the quarantined payload is not a header and one row</translation>
        </message>
        <message>
            <source>%1: cannot move it to %2</source>
            <translation>%1: cannot move it to %2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is more than the limit of %3</source>
            <translation>%1: %2 bytes is more than the limit of %3</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: cannot be read (%2)</translation>
        </message>
        <message>
            <source>%1: the file is empty (no header line)</source>
            <translation>%1: the file is empty (no header line)</translation>
        </message>
        <message>
            <source>%1 line 1: column %2 of the header is not valid UTF-8 (byte %3); save the file as UTF-8</source>
            <translation>%1 line 1: column %2 of the header is not valid UTF-8 (byte %3); save the file as UTF-8</translation>
        </message>
        <message>
            <source>%1 line 1: column %2 of the header has no name</source>
            <translation>%1 line 1: column %2 of the header has no name</translation>
        </message>
        <message>
            <source>%1 line 1: the column '%2' appears twice</source>
            <translation>%1 line 1: the column '%2' appears twice</translation>
        </message>
        <message>
            <source>%1 line %2</source>
            <translation>%1 line %2</translation>
        </message>
        <message>
            <source>%1: a quoted field is not closed before the end of the file</source>
            <translation>%1: a quoted field is not closed before the end of the file</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>DashboardsScreen</name>
        <message>
            <source>Dashboards</source>
            <translation>Dashboards</translation>
        </message>
        <message>
            <source>Back to the province</source>
            <translation>Back to the province</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Latest figures</source>
            <translation>Latest figures</translation>
        </message>
    </context>
    <context>
        <name>DemoConnectorText</name>
        <message>
            <source>demo: the checkpoint is not one this connector wrote: %1</source>
            <translation>demo: the checkpoint is not one this connector wrote: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoRehearsalText</name>
        <message>
            <source>The run %1 closed before its approval.</source>
            <translation>The run %1 closed before its approval.</translation>
        </message>
        <message>
            <source>The run %1 has no current step.</source>
            <translation>The run %1 has no current step.</translation>
        </message>
        <message>
            <source>The step %1 is not the operator's.</source>
            <translation>The step %1 is not the operator's.</translation>
        </message>
        <message>
            <source>Minutes of the ward's handling, received by e-mail.</source>
            <translation>Minutes of the ward's handling, received by e-mail.</translation>
        </message>
        <message>
            <source>Told the area officer by telephone.</source>
            <translation>Told the area officer by telephone.</translation>
        </message>
        <message>
            <source>The step %1 cannot be rehearsed.</source>
            <translation>The step %1 cannot be rehearsed.</translation>
        </message>
        <message>
            <source>The run %1 did not reach its approval.</source>
            <translation>The run %1 did not reach its approval.</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>Hand over the shift</source>
            <translation>Hand over the shift</translation>
        </message>
        <message>
            <source>Write what the next operator must know. The open alerts are listed for them, and you are signed out.</source>
            <translation>Write what the next operator must know. The open alerts are listed for them, and you are signed out.</translation>
        </message>
        <message>
            <source>Note for the next shift</source>
            <translation>Note for the next shift</translation>
        </message>
        <message>
            <source>Hand over and sign out</source>
            <translation>Hand over and sign out</translation>
        </message>
    </context>
    <context>
        <name>HandoverNotice</name>
        <message>
            <source>Shift handed over by %1 at %2</source>
            <translation>Shift handed over by %1 at %2</translation>
        </message>
        <message>
            <source>Understood</source>
            <translation>Understood</translation>
        </message>
        <message>
            <source>Alerts open at handover: %1</source>
            <translation>Alerts open at handover: %1</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <source>IOC Desk</source>
            <translation>IOC Desk</translation>
        </message>
        <message>
            <source>Intelligent Operations Center</source>
            <translation>Intelligent Operations Center</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnamese</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Hand over</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
    </context>
    <context>
        <name>HeadlessText</name>
        <message>
            <source>Demo province</source>
            <translation>Demo province</translation>
        </message>
        <message>
            <source>connector plugin %1 rejected: %2</source>
            <translation>connector plugin %1 rejected: %2</translation>
        </message>
        <message>
            <source>--headless needs the connectors to run: --connectors FILE or the setting connectors.file</source>
            <translation>--headless needs the connectors to run: --connectors FILE or the setting connectors.file</translation>
        </message>
        <message>
            <source>stopping: the connectors finish their current batch</source>
            <translation>stopping: the connectors finish their current batch</translation>
        </message>
        <message numerus="yes">
            <source>headless: %n connector(s) started</source>
            <translation>
                <numerusform>headless: %n connector started</numerusform>
                <numerusform>headless: %n connectors started</numerusform>
            </translation>
        </message>
        <message>
            <source>headless: stopped</source>
            <translation>headless: stopped</translation>
        </message>
        <message>
            <source>Ward reports (CSV files)</source>
            <translation>Ward reports (CSV files)</translation>
        </message>
    </context>
    <context>
        <name>HostText</name>
        <message>
            <source>connector %1: %2</source>
            <translation>connector %1: %2</translation>
        </message>
        <message>
            <source>connector %1 does not run on this node</source>
            <translation>connector %1 does not run on this node</translation>
        </message>
    </context>
    <context>
        <name>IncidentText</name>
        <message>
            <source>alert %1: the procedure %2 could not start: %3</source>
            <translation>alert %1: the procedure %2 could not start: %3</translation>
        </message>
        <message>
            <source>the procedure %1 is complete</source>
            <translation>the procedure %1 is complete</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDetail</name>
        <message>
            <source>seasonal naive</source>
            <translation>seasonal naive</translation>
        </message>
        <message>
            <source>Holt's linear trend</source>
            <translation>Holt's linear trend</translation>
        </message>
        <message>
            <source>Holt–Winters</source>
            <translation>Holt–Winters</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Forecast by %1; error measured on past periods (MAPE): %2%</source>
            <translation>Forecast by %1; error measured on past periods (MAPE): %2%</translation>
        </message>
        <message>
            <source>No forecast: %1</source>
            <translation>No forecast: %1</translation>
        </message>
        <message>
            <source>Forecast band (80%)</source>
            <translation>Forecast band (80%)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Wards (tap one to see its indicators)</source>
            <translation>Wards (tap one to see its indicators)</translation>
        </message>
        <message>
            <source>Ask for an explanation</source>
            <translation>Ask for an explanation</translation>
        </message>
        <message>
            <source>Unit that answers</source>
            <translation>Unit that answers</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>days to answer</source>
            <translation>days to answer</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Request sent.</source>
            <translation>Request sent.</translation>
        </message>
    </context>
    <context>
        <name>JsonSchemaText</name>
        <message>
            <source>an array</source>
            <translation>an array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>%1: a schema must be an object or a boolean</source>
            <translation>%1: a schema must be an object or a boolean</translation>
        </message>
        <message>
            <source>%1: the keyword '%2' is not supported (outside the subset this program checks)</source>
            <translation>%1: the keyword '%2' is not supported (outside the subset this program checks)</translation>
        </message>
        <message>
            <source>%1: must be %2</source>
            <translation>%1: must be %2</translation>
        </message>
        <message>
            <source>a type name or a non-empty list of them</source>
            <translation>a type name or a non-empty list of them</translation>
        </message>
        <message>
            <source>%1: %2 is not a type (%3)</source>
            <translation>%1: %2 is not a type (%3)</translation>
        </message>
        <message>
            <source>a non-empty array</source>
            <translation>a non-empty array</translation>
        </message>
        <message>
            <source>an array of property names</source>
            <translation>an array of property names</translation>
        </message>
        <message>
            <source>an object of schemas</source>
            <translation>an object of schemas</translation>
        </message>
        <message>
            <source>a non-empty array of schemas</source>
            <translation>a non-empty array of schemas</translation>
        </message>
        <message>
            <source>a whole number, 0 or more</source>
            <translation>a whole number, 0 or more</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a regular expression</source>
            <translation>a regular expression</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid regular expression (%3)</source>
            <translation>%1: %2 is not a valid regular expression (%3)</translation>
        </message>
        <message>
            <source>%1: only references to "#/$defs/..." are supported, not %2</source>
            <translation>%1: only references to "#/$defs/..." are supported, not %2</translation>
        </message>
        <message>
            <source>%1: %2 refers to nothing in this schema</source>
            <translation>%1: %2 refers to nothing in this schema</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>a string</translation>
        </message>
        <message>
            <source>%1: the schema nests too deeply to check (a $ref loop?)</source>
            <translation>%1: the schema nests too deeply to check (a $ref loop?)</translation>
        </message>
        <message>
            <source>%1: no value is allowed here</source>
            <translation>%1: no value is allowed here</translation>
        </message>
        <message>
            <source>%1: expected %2, got %3 %4</source>
            <translation>%1: expected %2, got %3 %4</translation>
        </message>
        <message>
            <source>%1: %2 is not one of %3</source>
            <translation>%1: %2 is not one of %3</translation>
        </message>
        <message>
            <source>%1: must be %2, not %3</source>
            <translation>%1: must be %2, not %3</translation>
        </message>
        <message>
            <source>%1: matches none of the %2 alternatives (the first says: %3)</source>
            <translation>%1: matches none of the %2 alternatives (the first says: %3)</translation>
        </message>
        <message>
            <source>%1: matches %2 of the alternatives, exactly one is allowed</source>
            <translation>%1: matches %2 of the alternatives, exactly one is allowed</translation>
        </message>
        <message>
            <source>%1: %2 is below the minimum %3</source>
            <translation>%1: %2 is below the minimum %3</translation>
        </message>
        <message>
            <source>%1: %2 is above the maximum %3</source>
            <translation>%1: %2 is above the maximum %3</translation>
        </message>
        <message>
            <source>%1: %2 must be greater than %3</source>
            <translation>%1: %2 must be greater than %3</translation>
        </message>
        <message>
            <source>%1: %2 must be less than %3</source>
            <translation>%1: %2 must be less than %3</translation>
        </message>
        <message>
            <source>%1: is %2 characters long, at least %3 are required</source>
            <translation>%1: is %2 characters long, at least %3 are required</translation>
        </message>
        <message>
            <source>%1: is %2 characters long, at most %3 are allowed</source>
            <translation>%1: is %2 characters long, at most %3 are allowed</translation>
        </message>
        <message>
            <source>%1: %2 does not match the pattern %3</source>
            <translation>%1: %2 does not match the pattern %3</translation>
        </message>
        <message>
            <source>%1: has %2 items, at least %3 are required</source>
            <translation>%1: has %2 items, at least %3 are required</translation>
        </message>
        <message>
            <source>%1: has %2 items, at most %3 are allowed</source>
            <translation>%1: has %2 items, at most %3 are allowed</translation>
        </message>
        <message>
            <source>%1: %2 repeats item %3</source>
            <translation>%1: %2 repeats item %3</translation>
        </message>
        <message>
            <source>%1: is required but missing</source>
            <translation>%1: is required but missing</translation>
        </message>
        <message>
            <source>%1: is not an allowed property here</source>
            <translation>%1: is not an allowed property here</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: cannot be read (%2)</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2 (%3)</source>
            <translation>%1: not valid JSON at byte %2 (%3)</translation>
        </message>
        <message>
            <source>%1: a schema must be a JSON object</source>
            <translation>%1: a schema must be a JSON object</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 (and %n more)</source>
            <translation>
                <numerusform>%1: %2 (and %n more)</numerusform>
                <numerusform>%1: %2 (and %n more)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KpiTileView</name>
        <message>
            <source>plan %1 · %2</source>
            <translation>plan %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Field report</source>
            <translation>Field report</translation>
        </message>
        <message>
            <source>Public-service dossier</source>
            <translation>Public-service dossier</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>SOS</source>
            <translation>SOS</translation>
        </message>
        <message>
            <source>Security incident</source>
            <translation>Security incident</translation>
        </message>
        <message>
            <source>Cyber-security alert</source>
            <translation>Cyber-security alert</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Social media</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Near due</source>
            <translation>Near due</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Shift supervisor</source>
            <translation>Shift supervisor</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Rain gauge</source>
            <translation>Rain gauge</translation>
        </message>
        <message>
            <source>Water station</source>
            <translation>Water station</translation>
        </message>
        <message>
            <source>Flood tower</source>
            <translation>Flood tower</translation>
        </message>
        <message>
            <source>Patrol unit</source>
            <translation>Patrol unit</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Ward</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Economy</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Industry and trade</source>
            <translation>Industry and trade</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Investment</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Businesses</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <source>Commerce</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Fisheries</source>
            <translation>Fisheries</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Tourism</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prices</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Public services</source>
            <translation>Public services</translation>
        </message>
        <message>
            <source>Field reports</source>
            <translation>Field reports</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Cyber security</source>
            <translation>Cyber security</translation>
        </message>
    </context>
    <context>
        <name>MailText</name>
        <message>
            <source>the sender "%1" is not an e-mail address</source>
            <translation>the sender "%1" is not an e-mail address</translation>
        </message>
        <message>
            <source>the message has no recipient</source>
            <translation>the message has no recipient</translation>
        </message>
        <message>
            <source>the recipient "%1" is not an e-mail address</source>
            <translation>the recipient "%1" is not an e-mail address</translation>
        </message>
        <message>
            <source>the header name "%1" cannot be used</source>
            <translation>the header name "%1" cannot be used</translation>
        </message>
        <message>
            <source>the value of the header "%1" contains a line break</source>
            <translation>the value of the header "%1" contains a line break</translation>
        </message>
        <message>
            <source>(no SMTP server)</source>
            <translation>(no SMTP server)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the address must start with smtp:// (STARTTLS) or smtps:// (TLS)</source>
            <translation>the address must start with smtp:// (STARTTLS) or smtps:// (TLS)</translation>
        </message>
        <message>
            <source>the address is not a valid URL</source>
            <translation>the address is not a valid URL</translation>
        </message>
        <message>
            <source>libcurl could not create a transfer</source>
            <translation>libcurl could not create a transfer</translation>
        </message>
        <message>
            <source>the server refused the user name or password (%1)</source>
            <translation>the server refused the user name or password (%1)</translation>
        </message>
        <message>
            <source>the server does not offer STARTTLS; the message was not sent in clear text</source>
            <translation>the server does not offer STARTTLS; the message was not sent in clear text</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted or is for another host (%1)</source>
            <translation>the server's certificate is not trusted or is for another host (%1)</translation>
        </message>
        <message>
            <source>the CA file "%1" cannot be read (%2)</source>
            <translation>the CA file "%1" cannot be read (%2)</translation>
        </message>
        <message>
            <source>the TLS handshake failed (%1)</source>
            <translation>the TLS handshake failed (%1)</translation>
        </message>
        <message>
            <source>the host name "%1" cannot be resolved (DNS)</source>
            <translation>the host name "%1" cannot be resolved (DNS)</translation>
        </message>
        <message>
            <source>the connection was refused or the server cannot be reached (%1)</source>
            <translation>the connection was refused or the server cannot be reached (%1)</translation>
        </message>
        <message>
            <source>the server did not answer within %1 s (timeout)</source>
            <translation>the server did not answer within %1 s (timeout)</translation>
        </message>
        <message>
            <source>the session did not finish within %1 s (timeout; last reply: %2)</source>
            <translation>the session did not finish within %1 s (timeout; last reply: %2)</translation>
        </message>
        <message>
            <source>sending was cancelled</source>
            <translation>sending was cancelled</translation>
        </message>
        <message>
            <source>the server refused the message (%1)</source>
            <translation>the server refused the message (%1)</translation>
        </message>
        <message>
            <source>the server deferred the message, try again later (%1)</source>
            <translation>the server deferred the message, try again later (%1)</translation>
        </message>
        <message>
            <source>sending failed (%1; libcurl error %2)</source>
            <translation>sending failed (%1; libcurl error %2)</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>IOC Desk — Intelligent Operations Center</source>
            <translation>IOC Desk — Intelligent Operations Center</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Camera wall</source>
            <translation>Camera wall</translation>
        </message>
        <message>
            <source>Dashboards</source>
            <translation>Dashboards</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>SOP</source>
            <translation>SOP</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Connectors</translation>
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Wards</source>
            <translation>Wards</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Cameras</translation>
        </message>
        <message>
            <source>Rain gauges</source>
            <translation>Rain gauges</translation>
        </message>
        <message>
            <source>Water stations and flood towers</source>
            <translation>Water stations and flood towers</translation>
        </message>
        <message>
            <source>Patrol units</source>
            <translation>Patrol units</translation>
        </message>
        <message>
            <source>Field reports</source>
            <translation>Field reports</translation>
        </message>
        <message>
            <source>SOS</source>
            <translation>SOS</translation>
        </message>
        <message>
            <source>%1 km²</source>
            <translation>%1 km²</translation>
        </message>
        <message>
            <source>Search a ward, camera, unit or report</source>
            <translation>Search a ward, camera, unit or report</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Layers</translation>
        </message>
        <message>
            <source>Wards: overdue cases</source>
            <translation>Wards: overdue cases</translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>none overdue</translation>
        </message>
        <message>
            <source>1–2 overdue or near due</source>
            <translation>1–2 overdue or near due</translation>
        </message>
        <message>
            <source>3 or more overdue</source>
            <translation>3 or more overdue</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Opened %1</translation>
        </message>
        <message>
            <source>%1° N, %2° E</source>
            <translation>%1° N, %2° E</translation>
        </message>
        <message>
            <source>Zoom %1</source>
            <translation>Zoom %1</translation>
        </message>
        <message>
            <source>Relief: NASA SRTM30 · Natural Earth · Boundaries 2025: sapnhap.bando.com.vn</source>
            <translation>Relief: NASA SRTM30 · Natural Earth · Boundaries 2025: sapnhap.bando.com.vn</translation>
        </message>
        <message>
            <source>Hot spots (cases opened)</source>
            <translation>Hot spots (cases opened)</translation>
        </message>
        <message>
            <source>Hot spots of the last</source>
            <translation>Hot spots of the last</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 hours</translation>
        </message>
        <message>
            <source>7 days</source>
            <translation>7 days</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 days</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 days</translation>
        </message>
        <message>
            <source>Provinces, coastline and borders</source>
            <translation>Provinces, coastline and borders</translation>
        </message>
        <message>
            <source>stale</source>
            <translation>stale</translation>
        </message>
        <message>
            <source>Open on the wall</source>
            <translation>Open on the wall</translation>
        </message>
        <message>
            <source>Cameras nearby</source>
            <translation>Cameras nearby</translation>
        </message>
    </context>
    <context>
        <name>MqttText</name>
        <message>
            <source>%1: expected a whole number from %2 to %3</source>
            <translation>%1: expected a whole number from %2 to %3</translation>
        </message>
        <message>
            <source>%1/topic: '%2' is not an MQTT topic filter</source>
            <translation>%1/topic: '%2' is not an MQTT topic filter</translation>
        </message>
        <message>
            <source>%1: give assetTopicLevel (a level of the topic) or assetPointer (a JSON Pointer into the message)</source>
            <translation>%1: give assetTopicLevel (a level of the topic) or assetPointer (a JSON Pointer into the message)</translation>
        </message>
        <message>
            <source>%1/assetKind: '%2' is not an asset kind</source>
            <translation>%1/assetKind: '%2' is not an asset kind</translation>
        </message>
        <message>
            <source>%1/metrics: name at least one metric and its JSON Pointer</source>
            <translation>%1/metrics: name at least one metric and its JSON Pointer</translation>
        </message>
        <message>
            <source>%1/metrics/%2: '%3' is not a JSON Pointer</source>
            <translation>%1/metrics/%2: '%3' is not a JSON Pointer</translation>
        </message>
        <message>
            <source>%1/time/pointer: '%2' is not a JSON Pointer</source>
            <translation>%1/time/pointer: '%2' is not a JSON Pointer</translation>
        </message>
        <message>
            <source>%1/time/format: '%2' is not iso8601, epoch_s or epoch_ms</source>
            <translation>%1/time/format: '%2' is not iso8601, epoch_s or epoch_ms</translation>
        </message>
        <message>
            <source>host: the broker's host name is missing</source>
            <translation>host: the broker's host name is missing</translation>
        </message>
        <message>
            <source>clientId: give a stable, non-empty client id</source>
            <translation>clientId: give a stable, non-empty client id</translation>
        </message>
        <message>
            <source>passwordEnv: the environment variable '%1' is not set</source>
            <translation>passwordEnv: the environment variable '%1' is not set</translation>
        </message>
        <message>
            <source>username: a password is set but no user name</source>
            <translation>username: a password is set but no user name</translation>
        </message>
        <message>
            <source>subscriptions: subscribe to at least one topic</source>
            <translation>subscriptions: subscribe to at least one topic</translation>
        </message>
        <message>
            <source>cannot create an MQTT client: %1</source>
            <translation>cannot create an MQTT client: %1</translation>
        </message>
        <message>
            <source>username: %1</source>
            <translation>username: %1</translation>
        </message>
        <message>
            <source>tls/caFile: cannot use '%1': %2</source>
            <translation>tls/caFile: cannot use '%1': %2</translation>
        </message>
        <message>
            <source>cannot connect to the MQTT broker %1: %2</source>
            <translation>cannot connect to the MQTT broker %1: %2</translation>
        </message>
        <message>
            <source>cannot start the MQTT network thread: %1</source>
            <translation>cannot start the MQTT network thread: %1</translation>
        </message>
        <message>
            <source>the MQTT broker %1 refused the connection: %2</source>
            <translation>the MQTT broker %1 refused the connection: %2</translation>
        </message>
        <message>
            <source>lost the connection to the MQTT broker %1: %2</source>
            <translation>lost the connection to the MQTT broker %1: %2</translation>
        </message>
        <message>
            <source>no connection to the MQTT broker %1 after %2 seconds</source>
            <translation>no connection to the MQTT broker %1 after %2 seconds</translation>
        </message>
        <message>
            <source>no connection to the MQTT broker %1 after %2 seconds: %3</source>
            <translation>no connection to the MQTT broker %1 after %2 seconds: %3</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>an array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>%1: %2 is not an ISO 8601 time</source>
            <translation>%1: %2 is not an ISO 8601 time</translation>
        </message>
        <message>
            <source>%1: %2 is not a number of seconds or milliseconds since 1970</source>
            <translation>%1: %2 is not a number of seconds or milliseconds since 1970</translation>
        </message>
        <message>
            <source>%1: %2 is out of range</source>
            <translation>%1: %2 is out of range</translation>
        </message>
        <message>
            <source>topic %1: matches no configured subscription</source>
            <translation>topic %1: matches no configured subscription</translation>
        </message>
        <message>
            <source>topic %1: the message is not valid UTF-8</source>
            <translation>topic %1: the message is not valid UTF-8</translation>
        </message>
        <message>
            <source>topic %1: the message is not JSON (%2 at byte %3)</source>
            <translation>topic %1: the message is not JSON (%2 at byte %3)</translation>
        </message>
        <message>
            <source>topic %1: the message is not a JSON object</source>
            <translation>topic %1: the message is not a JSON object</translation>
        </message>
        <message>
            <source>topic %1: level %2 (the asset id) is empty</source>
            <translation>topic %1: level %2 (the asset id) is empty</translation>
        </message>
        <message>
            <source>topic %1, field %2: the asset id is missing or not a string</source>
            <translation>topic %1, field %2: the asset id is missing or not a string</translation>
        </message>
        <message>
            <source>topic %1, field %2</source>
            <translation>topic %1, field %2</translation>
        </message>
        <message>
            <source>%1: the time is missing</source>
            <translation>%1: the time is missing</translation>
        </message>
        <message>
            <source>topic %1, field %2: metric %3 is missing</source>
            <translation>topic %1, field %2: metric %3 is missing</translation>
        </message>
        <message>
            <source>topic %1, field %2: metric %3 is %4, not a finite number</source>
            <translation>topic %1, field %2: metric %3 is %4, not a finite number</translation>
        </message>
    </context>
    <context>
        <name>NotifyText</name>
        <message>
            <source>after 1 attempt: %1</source>
            <translation>after 1 attempt: %1</translation>
        </message>
        <message>
            <source>after %1 attempts: %2</source>
            <translation>after %1 attempts: %2</translation>
        </message>
        <message>
            <source>e-mail is not configured</source>
            <translation>e-mail is not configured</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address</source>
            <translation>"%1" is not an e-mail address</translation>
        </message>
        <message>
            <source>%1 accepted %2</source>
            <translation>%1 accepted %2</translation>
        </message>
        <message>
            <source>SMS is not configured</source>
            <translation>SMS is not configured</translation>
        </message>
        <message>
            <source>"%1" is not a phone number</source>
            <translation>"%1" is not a phone number</translation>
        </message>
        <message>
            <source>%1 answered %2</source>
            <translation>%1 answered %2</translation>
        </message>
        <message>
            <source>e-mail is not configured (notify.smtp.url is empty)</source>
            <translation>e-mail is not configured (notify.smtp.url is empty)</translation>
        </message>
        <message>
            <source>e-mail is not configured: notify.smtp.url must be smtp://host:port (STARTTLS) or smtps://host:port (TLS)</source>
            <translation>e-mail is not configured: notify.smtp.url must be smtp://host:port (STARTTLS) or smtps://host:port (TLS)</translation>
        </message>
        <message>
            <source>e-mail is not configured: notify.smtp.from is not an e-mail address</source>
            <translation>e-mail is not configured: notify.smtp.from is not an e-mail address</translation>
        </message>
        <message>
            <source>e-mail is not configured: the environment variable %1 (notify.smtp.passwordEnv) is not set</source>
            <translation>e-mail is not configured: the environment variable %1 (notify.smtp.passwordEnv) is not set</translation>
        </message>
        <message>
            <source>SMS is not configured (notify.sms.url is empty)</source>
            <translation>SMS is not configured (notify.sms.url is empty)</translation>
        </message>
        <message>
            <source>SMS is not configured: %1</source>
            <translation>SMS is not configured: %1</translation>
        </message>
        <message>
            <source>a notification without an id cannot be sent</source>
            <translation>a notification without an id cannot be sent</translation>
        </message>
        <message>
            <source>a notification with the id "%1" is already being sent</source>
            <translation>a notification with the id "%1" is already being sent</translation>
        </message>
        <message>
            <source>%1.%2: a text is expected</source>
            <translation>%1.%2: a text is expected</translation>
        </message>
        <message>
            <source>%1.%2: unknown key (known keys: %3)</source>
            <translation>%1.%2: unknown key (known keys: %3)</translation>
        </message>
        <message>
            <source>%1.url: an http:// or https:// address is expected</source>
            <translation>%1.url: an http:// or https:// address is expected</translation>
        </message>
        <message>
            <source>%1.method: POST or PUT is expected</source>
            <translation>%1.method: POST or PUT is expected</translation>
        </message>
        <message>
            <source>%1.format: json or form is expected</source>
            <translation>%1.format: json or form is expected</translation>
        </message>
        <message>
            <source>%1: the "to" and "text" field names cannot be empty</source>
            <translation>%1: the "to" and "text" field names cannot be empty</translation>
        </message>
        <message>
            <source>%1.success.pointer: a JSON Pointer ("/status") is expected</source>
            <translation>%1.success.pointer: a JSON Pointer ("/status") is expected</translation>
        </message>
        <message>
            <source>(no SMS gateway)</source>
            <translation>(no SMS gateway)</translation>
        </message>
        <message>
            <source>%1: sending was cancelled</source>
            <translation>%1: sending was cancelled</translation>
        </message>
        <message>
            <source>%1: the gateway answered HTTP %2 (%3)</source>
            <translation>%1: the gateway answered HTTP %2 (%3)</translation>
        </message>
        <message>
            <source>%1: the gateway's answer is not JSON (%2)</source>
            <translation>%1: the gateway's answer is not JSON (%2)</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(absent)</translation>
        </message>
        <message>
            <source>%1: the gateway answered HTTP %2 but %3 is %4, not %5 (%6)</source>
            <translation>%1: the gateway answered HTTP %2 but %3 is %4, not %5 (%6)</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
    </context>
    <context>
        <name>PlannedScreen</name>
        <message>
            <source>This screen will hold:</source>
            <translation>This screen will hold:</translation>
        </message>
        <message>
            <source>Not available yet</source>
            <translation>Not available yet</translation>
        </message>
        <message>
            <source>Nothing is shown here yet: this part of IOC Desk is still being built.</source>
            <translation>Nothing is shown here yet: this part of IOC Desk is still being built.</translation>
        </message>
    </context>
    <context>
        <name>PositionsText</name>
        <message>
            <source>the request is larger than %1 bytes</source>
            <translation>the request is larger than %1 bytes</translation>
        </message>
        <message>
            <source>the request line does not end with CRLF</source>
            <translation>the request line does not end with CRLF</translation>
        </message>
        <message>
            <source>the request line is not 'METHOD target HTTP/1.x'</source>
            <translation>the request line is not 'METHOD target HTTP/1.x'</translation>
        </message>
        <message>
            <source>HTTP version %1 is not supported</source>
            <translation>HTTP version %1 is not supported</translation>
        </message>
        <message>
            <source>header line %1 does not end with CRLF</source>
            <translation>header line %1 does not end with CRLF</translation>
        </message>
        <message>
            <source>header line %1 is not 'Name: value'</source>
            <translation>header line %1 is not 'Name: value'</translation>
        </message>
        <message>
            <source>chunked or encoded bodies are not accepted; send Content-Length</source>
            <translation>chunked or encoded bodies are not accepted; send Content-Length</translation>
        </message>
        <message>
            <source>Content-Length '%1' is not a number of bytes</source>
            <translation>Content-Length '%1' is not a number of bytes</translation>
        </message>
        <message>
            <source>'%1' is not UTF-8 text</source>
            <translation>'%1' is not UTF-8 text</translation>
        </message>
        <message>
            <source>%1: given twice</source>
            <translation>%1: given twice</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1: '%2' is not a number</translation>
        </message>
        <message>
            <source>timestamp: '%1' is out of range</source>
            <translation>timestamp: '%1' is out of range</translation>
        </message>
        <message>
            <source>timestamp: '%1' is not seconds since 1970 or an ISO 8601 time</source>
            <translation>timestamp: '%1' is not seconds since 1970 or an ISO 8601 time</translation>
        </message>
        <message>
            <source>the body is not a JSON object (%1)</source>
            <translation>the body is not a JSON object (%1)</translation>
        </message>
        <message>
            <source>device_id: missing</source>
            <translation>device_id: missing</translation>
        </message>
        <message>
            <source>location/coords: latitude and longitude must be numbers</source>
            <translation>location/coords: latitude and longitude must be numbers</translation>
        </message>
        <message>
            <source>location/coords: no position</source>
            <translation>location/coords: no position</translation>
        </message>
        <message>
            <source>id: missing (the unit's identifier)</source>
            <translation>id: missing (the unit's identifier)</translation>
        </message>
        <message>
            <source>id: longer than 64 characters</source>
            <translation>id: longer than 64 characters</translation>
        </message>
        <message>
            <source>location: '%1' is not 'latitude,longitude'</source>
            <translation>location: '%1' is not 'latitude,longitude'</translation>
        </message>
        <message>
            <source>lat, lon: missing (or location)</source>
            <translation>lat, lon: missing (or location)</translation>
        </message>
        <message>
            <source>lat: %1 is outside -90…90</source>
            <translation>lat: %1 is outside -90…90</translation>
        </message>
        <message>
            <source>lon: %1 is outside -180…180</source>
            <translation>lon: %1 is outside -180…180</translation>
        </message>
        <message>
            <source>speed: %1 is negative</source>
            <translation>speed: %1 is negative</translation>
        </message>
        <message>
            <source>listen: '%1' is not an IP address</source>
            <translation>listen: '%1' is not an IP address</translation>
        </message>
        <message>
            <source>port: expected a whole number from 1 to 65535</source>
            <translation>port: expected a whole number from 1 to 65535</translation>
        </message>
        <message>
            <source>units: each unit is a non-empty id</source>
            <translation>units: each unit is a non-empty id</translation>
        </message>
        <message>
            <source>units: a list of unit ids, or "all"</source>
            <translation>units: a list of unit ids, or "all"</translation>
        </message>
        <message>
            <source>tokenEnv: the environment variable '%1' is not set</source>
            <translation>tokenEnv: the environment variable '%1' is not set</translation>
        </message>
        <message>
            <source>maxRequestBytes: expected 512 to 1048576</source>
            <translation>maxRequestBytes: expected 512 to 1048576</translation>
        </message>
        <message>
            <source>idleTimeoutSeconds: expected 1 to 3600</source>
            <translation>idleTimeoutSeconds: expected 1 to 3600</translation>
        </message>
        <message>
            <source>cannot listen on %1:%2: %3</source>
            <translation>cannot listen on %1:%2: %3</translation>
        </message>
        <message>
            <source>only GET and POST are accepted</source>
            <translation>only GET and POST are accepted</translation>
        </message>
        <message>
            <source>token: missing or wrong</source>
            <translation>token: missing or wrong</translation>
        </message>
        <message>
            <source>unit %1 is not one of the configured units</source>
            <translation>unit %1 is not one of the configured units</translation>
        </message>
        <message>
            <source>not stored: the tracker marked the fix invalid</source>
            <translation>not stored: the tracker marked the fix invalid</translation>
        </message>
        <message>
            <source>not stored, send it again later</source>
            <translation>not stored, send it again later</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>Displays help on commandline options.</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>Displays version information.</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options:</translation>
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation>Unknown option '%1'.</translation>
        </message>
        <message>
            <source>Unknown options: %1.</source>
            <translation>Unknown options: %1.</translation>
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation>Missing value after '%1'.</translation>
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation>Unexpected value after '%1'.</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>Displays help including Qt specific options.</translation>
        </message>
        <message>
            <source>[options]</source>
            <translation>[options]</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>the log folder is empty</source>
            <translation>the log folder is empty</translation>
        </message>
        <message>
            <source>cannot create the log folder %1</source>
            <translation>cannot create the log folder %1</translation>
        </message>
        <message>
            <source>the log folder %1 is not writable</source>
            <translation>the log folder %1 is not writable</translation>
        </message>
        <message>
            <source>cannot write the log file %1: %2</source>
            <translation>cannot write the log file %1: %2</translation>
        </message>
        <message>
            <source>%1: cannot read the settings description: %2</source>
            <translation>%1: cannot read the settings description: %2</translation>
        </message>
        <message>
            <source>%1: invalid JSON at offset %2: %3</source>
            <translation>%1: invalid JSON at offset %2: %3</translation>
        </message>
        <message>
            <source>%1: expected an object with a "fields" array</source>
            <translation>%1: expected an object with a "fields" array</translation>
        </message>
        <message>
            <source>field #%1</source>
            <translation>field #%1</translation>
        </message>
        <message>
            <source>%1: %2 has no key</source>
            <translation>%1: %2 has no key</translation>
        </message>
        <message>
            <source>%1: %2 is described twice</source>
            <translation>%1: %2 is described twice</translation>
        </message>
        <message>
            <source>%1: %2: unknown type %3</source>
            <translation>%1: %2: unknown type %3</translation>
        </message>
        <message>
            <source>%1: %2: an enum needs "choices"</source>
            <translation>%1: %2: an enum needs "choices"</translation>
        </message>
        <message>
            <source>%1: %2 has no default</source>
            <translation>%1: %2 has no default</translation>
        </message>
        <message>
            <source>%1: default: %2</source>
            <translation>%1: default: %2</translation>
        </message>
        <message>
            <source>%1: %2 is not %3</source>
            <translation>%1: %2 is not %3</translation>
        </message>
        <message>
            <source>%1: %2 is below the minimum %3</source>
            <translation>%1: %2 is below the minimum %3</translation>
        </message>
        <message>
            <source>%1: %2 is above the maximum %3</source>
            <translation>%1: %2 is above the maximum %3</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>a text</translation>
        </message>
        <message>
            <source>%1: %2 is not one of: %3</source>
            <translation>%1: %2 is not one of: %3</translation>
        </message>
    </context>
    <context>
        <name>QuarantineText</name>
        <message>
            <source>cannot read the quarantined records</source>
            <translation>cannot read the quarantined records</translation>
        </message>
    </context>
    <context>
        <name>RecordMapperText</name>
        <message>
            <source>an array</source>
            <translation>an array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>case category</source>
            <translation>case category</translation>
        </message>
        <message>
            <source>case status</source>
            <translation>case status</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>severity</translation>
        </message>
        <message>
            <source>sentiment</source>
            <translation>sentiment</translation>
        </message>
        <message>
            <source>asset kind</source>
            <translation>asset kind</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 is not a number</translation>
        </message>
        <message>
            <source>expected a number, got %1</source>
            <translation>expected a number, got %1</translation>
        </message>
        <message>
            <source>%1 is not a finite number</source>
            <translation>%1 is not a finite number</translation>
        </message>
        <message>
            <source>%1 scaled by %2 is too large</source>
            <translation>%1 scaled by %2 is too large</translation>
        </message>
        <message>
            <source>%1 cannot be used as an identifier exactly (a number with a fraction or beyond 2^53); the source should send it as text</source>
            <translation>%1 cannot be used as an identifier exactly (a number with a fraction or beyond 2^53); the source should send it as text</translation>
        </message>
        <message>
            <source>expected text or a whole number, got %1</source>
            <translation>expected text or a whole number, got %1</translation>
        </message>
        <message>
            <source>expected text, got %1</source>
            <translation>expected text, got %1</translation>
        </message>
        <message>
            <source>%1 is not a time in %2</source>
            <translation>%1 is not a time in %2</translation>
        </message>
        <message>
            <source>%1 is not a time in any of: %2</source>
            <translation>%1 is not a time in any of: %2</translation>
        </message>
        <message>
            <source>%1 is not yes or no</source>
            <translation>%1 is not yes or no</translation>
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation>expected an object, got %1</translation>
        </message>
        <message>
            <source>%1 is not a %2 (%3)</source>
            <translation>%1 is not a %2 (%3)</translation>
        </message>
        <message>
            <source>%1: must be an object with "path" or "value"</source>
            <translation>%1: must be an object with "path" or "value"</translation>
        </message>
        <message>
            <source>%1: unknown key (known: %2)</source>
            <translation>%1: unknown key (known: %2)</translation>
        </message>
        <message>
            <source>%1: needs exactly one of "path" and "value"</source>
            <translation>%1: needs exactly one of "path" and "value"</translation>
        </message>
        <message>
            <source>%1: must be true or false</source>
            <translation>%1: must be true or false</translation>
        </message>
        <message>
            <source>%1: %2 is not a time field</source>
            <translation>%1: %2 is not a time field</translation>
        </message>
        <message>
            <source>%1: %2 is not a time format (%3)</source>
            <translation>%1: %2 is not a time format (%3)</translation>
        </message>
        <message>
            <source>%1: names no time format</source>
            <translation>%1: names no time format</translation>
        </message>
        <message>
            <source>%1: %2 is not a number field</source>
            <translation>%1: %2 is not a number field</translation>
        </message>
        <message>
            <source>%1: unknown key (known: scale, decimalComma)</source>
            <translation>%1: unknown key (known: scale, decimalComma)</translation>
        </message>
        <message>
            <source>%1: must be a number other than 0</source>
            <translation>%1: must be a number other than 0</translation>
        </message>
        <message>
            <source>%1: %2 takes no value map</source>
            <translation>%1: %2 takes no value map</translation>
        </message>
        <message>
            <source>%1: must be an object of source text to value</source>
            <translation>%1: must be an object of source text to value</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a JSON Pointer ("/a/0/b")</source>
            <translation>%1: %2 is not a JSON Pointer ("/a/0/b")</translation>
        </message>
        <message>
            <source>%1: %2 is required and cannot be empty</source>
            <translation>%1: %2 is required and cannot be empty</translation>
        </message>
        <message>
            <source>%1: %2 is not a target (%3)</source>
            <translation>%1: %2 is not a target (%3)</translation>
        </message>
        <message>
            <source>%1: must be a non-empty text</source>
            <translation>%1: must be a non-empty text</translation>
        </message>
        <message>
            <source>%1: '%2' is not a known time zone</source>
            <translation>%1: '%2' is not a known time zone</translation>
        </message>
        <message>
            <source>%1: must be an object of target field to how to get it</source>
            <translation>%1: must be an object of target field to how to get it</translation>
        </message>
        <message>
            <source>%1: not a field of %2 (%3)</source>
            <translation>%1: not a field of %2 (%3)</translation>
        </message>
        <message>
            <source>%1: required for a %2, but not mapped</source>
            <translation>%1: required for a %2, but not mapped</translation>
        </message>
        <message>
            <source>%1: is missing (%2 is required)</source>
            <translation>%1: is missing (%2 is required)</translation>
        </message>
        <message>
            <source>case %1</source>
            <translation>case %1</translation>
        </message>
        <message>
            <source>asset %1</source>
            <translation>asset %1</translation>
        </message>
        <message>
            <source>position of %1</source>
            <translation>position of %1</translation>
        </message>
        <message>
            <source>%1: expected an object, got %2</source>
            <translation>%1: expected an object, got %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 fields, but the header names %2 columns</source>
            <translation>%1 fields, but the header names %2 columns</translation>
        </message>
        <message>
            <source>column '%1' (%2): invalid UTF-8 at byte %3</source>
            <translation>column '%1' (%2): invalid UTF-8 at byte %3</translation>
        </message>
    </context>
    <context>
        <name>RestJsonText</name>
        <message>
            <source>the checkpoint is not one this connector wrote</source>
            <translation>the checkpoint is not one this connector wrote</translation>
        </message>
        <message>
            <source>url: not an http or https URL</source>
            <translation>url: not an http or https URL</translation>
        </message>
        <message>
            <source>records: '%1' is not a JSON Pointer</source>
            <translation>records: '%1' is not a JSON Pointer</translation>
        </message>
        <message>
            <source>pagination/kind: '%1' is not one of %2</source>
            <translation>pagination/kind: '%1' is not one of %2</translation>
        </message>
        <message>
            <source>pagination/pageSize: must be 1 or more</source>
            <translation>pagination/pageSize: must be 1 or more</translation>
        </message>
        <message>
            <source>pagination/cursorPointer: '%1' is not a JSON Pointer</source>
            <translation>pagination/cursorPointer: '%1' is not a JSON Pointer</translation>
        </message>
        <message>
            <source>pagination/pagesPointer: '%1' is not a JSON Pointer</source>
            <translation>pagination/pagesPointer: '%1' is not a JSON Pointer</translation>
        </message>
        <message>
            <source>incremental/field: '%1' is not a time field of a %2</source>
            <translation>incremental/field: '%1' is not a time field of a %2</translation>
        </message>
        <message>
            <source>incremental/format: '%1' is not a time format (%2)</source>
            <translation>incremental/format: '%1' is not a time format (%2)</translation>
        </message>
        <message>
            <source>incremental/timeZone: '%1' is not a known time zone</source>
            <translation>incremental/timeZone: '%1' is not a known time zone</translation>
        </message>
        <message>
            <source>incremental/overlapSeconds: must be 0 or more</source>
            <translation>incremental/overlapSeconds: must be 0 or more</translation>
        </message>
        <message>
            <source>incremental/start: not an ISO 8601 time</source>
            <translation>incremental/start: not an ISO 8601 time</translation>
        </message>
        <message>
            <source>%1: the server answered HTTP %2</source>
            <translation>%1: the server answered HTTP %2</translation>
        </message>
        <message>
            <source>%1: the response is not JSON (at byte %2: %3)</source>
            <translation>%1: the response is not JSON (at byte %2: %3)</translation>
        </message>
        <message>
            <source>%1: the response has no array at '%2'</source>
            <translation>%1: the response has no array at '%2'</translation>
        </message>
        <message>
            <source>the quarantined payload is not a JSON object</source>
            <translation>the quarantined payload is not a JSON object</translation>
        </message>
        <message>
            <source>%1: the next cursor at '%2' is neither text nor a number</source>
            <translation>%1: the next cursor at '%2' is neither text nor a number</translation>
        </message>
        <message>
            <source>%1: the server gave the same cursor again (a loop)</source>
            <translation>%1: the server gave the same cursor again (a loop)</translation>
        </message>
        <message>
            <source>%1: the next page is on another server (%2); refused</source>
            <translation>%1: the next page is on another server (%2); refused</translation>
        </message>
    </context>
    <context>
        <name>RunnerText</name>
        <message>
            <source>cannot take the lock of connector %1</source>
            <translation>cannot take the lock of connector %1</translation>
        </message>
        <message>
            <source>the store is not open</source>
            <translation>the store is not open</translation>
        </message>
        <message>
            <source>connector %1 is not running</source>
            <translation>connector %1 is not running</translation>
        </message>
        <message>
            <source>quarantined record %1 does not exist</source>
            <translation>quarantined record %1 does not exist</translation>
        </message>
        <message>
            <source>quarantined record %1 was already handled (%2)</source>
            <translation>quarantined record %1 was already handled (%2)</translation>
        </message>
        <message>
            <source>the record still maps to nothing</source>
            <translation>the record still maps to nothing</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) written</source>
            <translation>
                <numerusform>%n record written</numerusform>
                <numerusform>%n records written</numerusform>
            </translation>
        </message>
        <message>
            <source>quarantined record %1 is not held</source>
            <translation>quarantined record %1 is not held</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>discarded</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Create the administrator account</source>
            <translation>Create the administrator account</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>No account exists yet in this data store. The administrator creates the accounts of operators, supervisors and leaders.</source>
            <translation>No account exists yet in this data store. The administrator creates the accounts of operators, supervisors and leaders.</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>At least %1 characters, mixing three of: lower case, upper case, digits, other characters.</source>
            <translation>At least %1 characters, mixing three of: lower case, upper case, digits, other characters.</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Create and sign in</translation>
        </message>
        <message>
            <source>Demo accounts</source>
            <translation>Demo accounts</translation>
        </message>
        <message>
            <source>Shown in demo mode only. Choose one to fill the form.</source>
            <translation>Shown in demo mode only. Choose one to fill the form.</translation>
        </message>
        <message>
            <source>login %1 · password %2</source>
            <translation>login %1 · password %2</translation>
        </message>
    </context>
    <context>
        <name>SopScreen</name>
        <message>
            <source>no time limit</source>
            <translation>no time limit</translation>
        </message>
        <message>
            <source>Overdue by %1</source>
            <translation>Overdue by %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>To do now</source>
            <translation>To do now</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>Camera snapshot</source>
            <translation>Camera snapshot</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <source>SOP checklists</source>
            <translation>SOP checklists</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>No SOP step is waiting for you.</source>
            <translation>No SOP step is waiting for you.</translation>
        </message>
        <message>
            <source>No step is waiting for approval.</source>
            <translation>No step is waiting for approval.</translation>
        </message>
        <message>
            <source>No SOP is running.</source>
            <translation>No SOP is running.</translation>
        </message>
        <message>
            <source>No SOP has run yet.</source>
            <translation>No SOP has run yet.</translation>
        </message>
        <message>
            <source>Closed: the alert was resolved</source>
            <translation>Closed: the alert was resolved</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Step %1/%2: %3</source>
            <translation>Step %1/%2: %3</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Select a SOP on the left to see its steps.</source>
            <translation>Select a SOP on the left to see its steps.</translation>
        </message>
        <message>
            <source>Alert: %1</source>
            <translation>Alert: %1</translation>
        </message>
        <message>
            <source>Area: %1 · started by %2 at %3</source>
            <translation>Area: %1 · started by %2 at %3</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <source>Skipped by %1: %2</source>
            <translation>Skipped by %1: %2</translation>
        </message>
        <message>
            <source>Approved by %1</source>
            <translation>Approved by %1</translation>
        </message>
        <message>
            <source>Rejected by %1: %2</source>
            <translation>Rejected by %1: %2</translation>
        </message>
        <message>
            <source>Escalated to the supervisor</source>
            <translation>Escalated to the supervisor</translation>
        </message>
        <message>
            <source>Work done by %1</source>
            <translation>Work done by %1</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) could not be sent: tell them yourself and say so in the note.</source>
            <translation>
                <numerusform>%n message could not be sent: tell them yourself and say so in the note.</numerusform>
                <numerusform>%n messages could not be sent: tell them yourself and say so in the note.</numerusform>
            </translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Snapshot id, path or URL</source>
            <translation>Snapshot id, path or URL</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Attach</translation>
        </message>
        <message>
            <source>Who was told, and how</source>
            <translation>Who was told, and how</translation>
        </message>
        <message>
            <source>What ended the wait</source>
            <translation>What ended the wait</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Waiting for a shift supervisor's approval.</source>
            <translation>Waiting for a shift supervisor's approval.</translation>
        </message>
        <message>
            <source>Comment (required to reject)</source>
            <translation>Comment (required to reject)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Skip this step…</source>
            <translation>Skip this step…</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Skip "%1"</source>
            <translation>Skip "%1"</translation>
        </message>
        <message>
            <source>Say why this step is skipped. The justification is recorded in the journal and the shift supervisor is told.</source>
            <translation>Say why this step is skipped. The justification is recorded in the journal and the shift supervisor is told.</translation>
        </message>
        <message>
            <source>Justification (required)</source>
            <translation>Justification (required)</translation>
        </message>
        <message>
            <source>Skip the step</source>
            <translation>Skip the step</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>self-test failed: %1</source>
            <translation>self-test failed: %1</translation>
        </message>
        <message>
            <source>screenshots failed: %1</source>
            <translation>screenshots failed: %1</translation>
        </message>
        <message>
            <source>self-test passed: %1</source>
            <translation>self-test passed: %1</translation>
        </message>
        <message>
            <source>screenshots written: %1</source>
            <translation>screenshots written: %1</translation>
        </message>
        <message>
            <source>(see iocdesk --help)</source>
            <translation>(see iocdesk --help)</translation>
        </message>
        <message>
            <source>cannot log: %1</source>
            <translation>cannot log: %1</translation>
        </message>
        <message numerus="yes">
            <source>--screen %1: this machine has %n screen(s)</source>
            <translation>
                <numerusform>--screen %1: this machine has %n screen</numerusform>
                <numerusform>--screen %1: this machine has %n screens</numerusform>
            </translation>
        </message>
        <message>
            <source>the user interface could not be loaded; the log says why</source>
            <translation>the user interface could not be loaded; the log says why</translation>
        </message>
        <message>
            <source>the demo connector did not deliver the province within a minute</source>
            <translation>the demo connector did not deliver the province within a minute</translation>
        </message>
    </context>
    <context>
        <name>StatusBadge</name>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Developing well</source>
            <translation>Developing well</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>Stale data</source>
            <translation>Stale data</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>Not evaluated</translation>
        </message>
    </context>
    <context>
        <name>StoreSetup</name>
        <message numerus="yes">
            <source>journal intact: %n entries verified in %1</source>
            <translation>
                <numerusform>journal intact: %n entries verified in %1</numerusform>
                <numerusform>journal intact: %n entries verified in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>journal broken at entry %1: %2</source>
            <translation>journal broken at entry %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SupervisorConfirmDialog</name>
        <message>
            <source>Confirm as supervisor</source>
            <translation>Confirm as supervisor</translation>
        </message>
        <message>
            <source>Performed by %1. A supervisor other than the one who performed it signs to approve.</source>
            <translation>Performed by %1. A supervisor other than the one who performed it signs to approve.</translation>
        </message>
        <message>
            <source>Supervisor's login</source>
            <translation>Supervisor's login</translation>
        </message>
        <message>
            <source>Supervisor's password</source>
            <translation>Supervisor's password</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
    </context>
    <context>
        <name>TransportText</name>
        <message>
            <source>(no URL)</source>
            <translation>(no URL)</translation>
        </message>
        <message>
            <source>%1: the scheme "%2" is not supported (http, https, ftp, ftps, sftp)</source>
            <translation>%1: the scheme "%2" is not supported (http, https, ftp, ftps, sftp)</translation>
        </message>
        <message>
            <source>%1: the address is not a valid URL</source>
            <translation>%1: the address is not a valid URL</translation>
        </message>
        <message>
            <source>%1: libcurl could not create a transfer</source>
            <translation>%1: libcurl could not create a transfer</translation>
        </message>
        <message>
            <source>%1: libcurl refused an option (%2)</source>
            <translation>%1: libcurl refused an option (%2)</translation>
        </message>
        <message>
            <source>%1: more than %2 redirects</source>
            <translation>%1: more than %2 redirects</translation>
        </message>
        <message>
            <source>%1: the server redirects to another server (%2); the API key is not sent there</source>
            <translation>%1: the server redirects to another server (%2); the API key is not sent there</translation>
        </message>
        <message>
            <source>%1: cancelled (the transport is shutting down)</source>
            <translation>%1: cancelled (the transport is shutting down)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the response is larger than the limit of %1 MB</source>
            <translation>the response is larger than the limit of %1 MB</translation>
        </message>
        <message>
            <source>the server's SSH host key is not vouched for by the known_hosts file (%1)</source>
            <translation>the server's SSH host key is not vouched for by the known_hosts file (%1)</translation>
        </message>
        <message>
            <source>the server's certificate is for another host name (%1)</source>
            <translation>the server's certificate is for another host name (%1)</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted (%1)</source>
            <translation>the server's certificate is not trusted (%1)</translation>
        </message>
        <message>
            <source>the CA file "%1" cannot be read (%2)</source>
            <translation>the CA file "%1" cannot be read (%2)</translation>
        </message>
        <message>
            <source>the client certificate or its key cannot be used (%1)</source>
            <translation>the client certificate or its key cannot be used (%1)</translation>
        </message>
        <message>
            <source>the server requires a client certificate and refused ours or its absence (%1)</source>
            <translation>the server requires a client certificate and refused ours or its absence (%1)</translation>
        </message>
        <message>
            <source>the TLS handshake failed (%1)</source>
            <translation>the TLS handshake failed (%1)</translation>
        </message>
        <message>
            <source>the connection broke (%1)</source>
            <translation>the connection broke (%1)</translation>
        </message>
        <message>
            <source>the host name "%1" cannot be resolved (DNS)</source>
            <translation>the host name "%1" cannot be resolved (DNS)</translation>
        </message>
        <message>
            <source>the proxy's host name cannot be resolved (DNS; %1)</source>
            <translation>the proxy's host name cannot be resolved (DNS; %1)</translation>
        </message>
        <message>
            <source>the connection was refused or the server cannot be reached (%1)</source>
            <translation>the connection was refused or the server cannot be reached (%1)</translation>
        </message>
        <message>
            <source>the server sent less than %1 bytes per second for %2 s</source>
            <translation>the server sent less than %1 bytes per second for %2 s</translation>
        </message>
        <message>
            <source>no connection within %1 s</source>
            <translation>no connection within %1 s</translation>
        </message>
        <message>
            <source>no complete answer within %1 s (timeout)</source>
            <translation>no complete answer within %1 s (timeout)</translation>
        </message>
        <message>
            <source>the response could not be stored (%1)</source>
            <translation>the response could not be stored (%1)</translation>
        </message>
        <message>
            <source>more than %1 redirects</source>
            <translation>more than %1 redirects</translation>
        </message>
        <message>
            <source>a redirect or the URL leads to a scheme that is not allowed (%1)</source>
            <translation>a redirect or the URL leads to a scheme that is not allowed (%1)</translation>
        </message>
        <message>
            <source>the server refused the login or the access (%1)</source>
            <translation>the server refused the login or the access (%1)</translation>
        </message>
        <message>
            <source>the file or folder does not exist on the server (%1)</source>
            <translation>the file or folder does not exist on the server (%1)</translation>
        </message>
        <message>
            <source>the connection closed before the whole response arrived (%1)</source>
            <translation>the connection closed before the whole response arrived (%1)</translation>
        </message>
        <message>
            <source>the server closed the connection without answering</source>
            <translation>the server closed the connection without answering</translation>
        </message>
        <message>
            <source>the response's compression cannot be decoded (%1)</source>
            <translation>the response's compression cannot be decoded (%1)</translation>
        </message>
        <message>
            <source>the transfer failed (%1; libcurl error %2)</source>
            <translation>the transfer failed (%1; libcurl error %2)</translation>
        </message>
        <message>
            <source>%1: unknown key (known keys: %2)</source>
            <translation>%1: unknown key (known keys: %2)</translation>
        </message>
        <message>
            <source>%1: a text is expected</source>
            <translation>%1: a text is expected</translation>
        </message>
        <message>
            <source>%1: true or false is expected</source>
            <translation>%1: true or false is expected</translation>
        </message>
        <message>
            <source>%1: a number greater than 0 and at most %2 is expected</source>
            <translation>%1: a number greater than 0 and at most %2 is expected</translation>
        </message>
        <message>
            <source>%1: give either %2 or %3, not both</source>
            <translation>%1: give either %2 or %3, not both</translation>
        </message>
        <message>
            <source>%1: the name of an environment variable is expected</source>
            <translation>%1: the name of an environment variable is expected</translation>
        </message>
        <message>
            <source>%1: the environment variable %2 is not set</source>
            <translation>%1: the environment variable %2 is not set</translation>
        </message>
        <message>
            <source>%1: an object is expected</source>
            <translation>%1: an object is expected</translation>
        </message>
        <message>
            <source>%1: a client key needs a client certificate (%2)</source>
            <translation>%1: a client key needs a client certificate (%2)</translation>
        </message>
        <message>
            <source>%1: required for authentication of type "%2"</source>
            <translation>%1: required for authentication of type "%2"</translation>
        </message>
        <message>
            <source>%1: an API key goes either in a header (%2) or in a query parameter (%3)</source>
            <translation>%1: an API key goes either in a header (%2) or in a query parameter (%3)</translation>
        </message>
        <message>
            <source>%1: "%2" is not an authentication type (none, basic, bearer, apiKey)</source>
            <translation>%1: "%2" is not an authentication type (none, basic, bearer, apiKey)</translation>
        </message>
        <message>
            <source>%1: fetch() was called from a transport callback, where it would wait for itself; use start()</source>
            <translation>%1: fetch() was called from a transport callback, where it would wait for itself; use start()</translation>
        </message>
    </context>
    <context>
        <name>TriggerText</name>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: cannot be read: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2: %3</source>
            <translation>%1: not valid JSON at byte %2: %3</translation>
        </message>
        <message>
            <source>%1: /triggers/%2/rule: no alert rule "%3"</source>
            <translation>%1: /triggers/%2/rule: no alert rule "%3"</translation>
        </message>
        <message>
            <source>%1: /triggers/%2/template: no SOP template "%3"</source>
            <translation>%1: /triggers/%2/template: no SOP template "%3"</translation>
        </message>
        <message>
            <source>%1: /triggers/%2/rule: "%3" already starts a template</source>
            <translation>%1: /triggers/%2/rule: "%3" already starts a template</translation>
        </message>
    </context>
    <context>
        <name>VideoText</name>
        <message>
            <source>Stream %1 has no URL.</source>
            <translation>Stream %1 has no URL.</translation>
        </message>
        <message>
            <source>Stream %1: %2</source>
            <translation>Stream %1: %2</translation>
        </message>
        <message>
            <source>Camera %1 has no stream configured.</source>
            <translation>Camera %1 has no stream configured.</translation>
        </message>
        <message>
            <source>'%1' is not a clip name.</source>
            <translation>'%1' is not a clip name.</translation>
        </message>
        <message>
            <source>The URL is malformed.</source>
            <translation>The URL is malformed.</translation>
        </message>
        <message>
            <source>The scheme '%1' is not supported (rtsp, rtsps, http, https or file).</source>
            <translation>The scheme '%1' is not supported (rtsp, rtsps, http, https or file).</translation>
        </message>
        <message>
            <source>The URL has no host.</source>
            <translation>The URL has no host.</translation>
        </message>
        <message>
            <source>There is no picture to save yet.</source>
            <translation>There is no picture to save yet.</translation>
        </message>
        <message>
            <source>The snapshot could not be written to %1.</source>
            <translation>The snapshot could not be written to %1.</translation>
        </message>
        <message>
            <source>Connection refused: nothing answers at this address.</source>
            <translation>Connection refused: nothing answers at this address.</translation>
        </message>
        <message>
            <source>The camera's host name is unknown.</source>
            <translation>The camera's host name is unknown.</translation>
        </message>
        <message>
            <source>The camera does not answer (timed out after %1 s).</source>
            <translation>The camera does not answer (timed out after %1 s).</translation>
        </message>
        <message>
            <source>The camera needs a user name and password.</source>
            <translation>The camera needs a user name and password.</translation>
        </message>
        <message>
            <source>Wrong user name or password: the camera refused them.</source>
            <translation>Wrong user name or password: the camera refused them.</translation>
        </message>
        <message>
            <source>The camera has no stream at this address.</source>
            <translation>The camera has no stream at this address.</translation>
        </message>
        <message>
            <source>The camera's answer is not a video stream.</source>
            <translation>The camera's answer is not a video stream.</translation>
        </message>
        <message>
            <source>The camera answered with an error (%1).</source>
            <translation>The camera answered with an error (%1).</translation>
        </message>
        <message>
            <source>Network error: %1.</source>
            <translation>Network error: %1.</translation>
        </message>
        <message>
            <source>The video file does not exist.</source>
            <translation>The video file does not exist.</translation>
        </message>
        <message>
            <source>The video file cannot be read.</source>
            <translation>The video file cannot be read.</translation>
        </message>
        <message>
            <source>No stream is configured for this camera.</source>
            <translation>No stream is configured for this camera.</translation>
        </message>
        <message>
            <source>Not a video: the file or stream cannot be decoded.</source>
            <translation>Not a video: the file or stream cannot be decoded.</translation>
        </message>
        <message>
            <source>The stream could not be opened or was lost.</source>
            <translation>The stream could not be opened or was lost.</translation>
        </message>
        <message>
            <source>There is no video in this file or stream.</source>
            <translation>There is no video in this file or stream.</translation>
        </message>
        <message>
            <source>The stream ended.</source>
            <translation>The stream ended.</translation>
        </message>
        <message>
            <source>No picture for %1 s.</source>
            <translation>No picture for %1 s.</translation>
        </message>
        <message>
            <source>No picture within %1 s of connecting.</source>
            <translation>No picture within %1 s of connecting.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connecting</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Stalled</translation>
        </message>
        <message>
            <source>Reconnecting</source>
            <translation>Reconnecting</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>The camera's stream does not state its frame rate, which this video player cannot play safely. For H.264, turn on timing information (VUI) in the camera's encoder settings; for MJPEG, choose the camera's RTSP stream instead.</source>
            <translation>The camera's stream does not state its frame rate, which this video player cannot play safely. For H.264, turn on timing information (VUI) in the camera's encoder settings; for MJPEG, choose the camera's RTSP stream instead.</translation>
        </message>
    </context>
    <context>
        <name>VideoTile</name>
        <message>
            <source>Drop a camera here</source>
            <translation>Drop a camera here</translation>
        </message>
        <message>
            <source>%1 fps · %2×%3 · %4 dropped · last frame %5 ms ago · %6 reconnects · stream %7</source>
            <translation>%1 fps · %2×%3 · %4 dropped · last frame %5 ms ago · %6 reconnects · stream %7</translation>
        </message>
        <message>
            <source>main</source>
            <translation>main</translation>
        </message>
        <message>
            <source>sub %1</source>
            <translation>sub %1</translation>
        </message>
        <message>
            <source>Stats</source>
            <translation>Stats</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Snapshot</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analytics</translation>
        </message>
    </context>
    <context>
        <name>VisionConfigText</name>
        <message>
            <source>%1.%2: a number is expected</source>
            <translation>%1.%2: a number is expected</translation>
        </message>
        <message>
            <source>%1.%2: true or false is expected</source>
            <translation>%1.%2: true or false is expected</translation>
        </message>
        <message>
            <source>%1.kind: "%2" is not a zone kind (intrusion, crowd)</source>
            <translation>%1.kind: "%2" is not a zone kind (intrusion, crowd)</translation>
        </message>
        <message>
            <source>%1.points: each point is [x, y]</source>
            <translation>%1.points: each point is [x, y]</translation>
        </message>
        <message>
            <source>%1.schedule: times are "HH:mm"</source>
            <translation>%1.schedule: times are "HH:mm"</translation>
        </message>
        <message>
            <source>maxFps: %1 is outside 0 to 60 frames a second</source>
            <translation>maxFps: %1 is outside 0 to 60 frames a second</translation>
        </message>
        <message>
            <source>analysisWidth: %1 is outside 64 to 1920 pixels</source>
            <translation>analysisWidth: %1 is outside 64 to 1920 pixels</translation>
        </message>
        <message>
            <source>quietSeconds: must not be negative</source>
            <translation>quietSeconds: must not be negative</translation>
        </message>
        <message>
            <source>motion: threshold is 1 to 255 and minArea 0 to 1</source>
            <translation>motion: threshold is 1 to 255 and minArea 0 to 1</translation>
        </message>
        <message>
            <source>people: winStride must be at least 1, padding not negative, scale above 1</source>
            <translation>people: winStride must be at least 1, padding not negative, scale above 1</translation>
        </message>
        <message>
            <source>crowd: minPeople must be at least 1</source>
            <translation>crowd: minPeople must be at least 1</translation>
        </message>
        <message>
            <source>dnn: the input is at least 8×8 pixels and the confidence 0 to 1</source>
            <translation>dnn: the input is at least 8×8 pixels and the confidence 0 to 1</translation>
        </message>
        <message>
            <source>%1.id: "%2" is not a zone id (letters, digits, _ and -)</source>
            <translation>%1.id: "%2" is not a zone id (letters, digits, _ and -)</translation>
        </message>
        <message>
            <source>%1.id: the zone "%2" is defined twice</source>
            <translation>%1.id: the zone "%2" is defined twice</translation>
        </message>
        <message>
            <source>%1.points: a zone needs at least 3 points, it has %2</source>
            <translation>%1.points: a zone needs at least 3 points, it has %2</translation>
        </message>
        <message>
            <source>%1.points: coordinates are fractions of the picture, 0 to 1</source>
            <translation>%1.points: coordinates are fractions of the picture, 0 to 1</translation>
        </message>
        <message>
            <source>%1: minObjectArea is 0 to 1 and dwellSeconds not negative</source>
            <translation>%1: minObjectArea is 0 to 1 and dwellSeconds not negative</translation>
        </message>
        <message>
            <source>%1.schedule: days are 1 (Monday) to 7 (Sunday)</source>
            <translation>%1.schedule: days are 1 (Monday) to 7 (Sunday)</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>cannot create the folder %1</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>cannot write %1: %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: not a JSON object (%2)</translation>
        </message>
        <message>
            <source>people.regions: "motion" or "frame" is expected</source>
            <translation>people.regions: "motion" or "frame" is expected</translation>
        </message>
    </context>
    <context>
        <name>VisionDnnText</name>
        <message>
            <source>the detection model %1 does not exist</source>
            <translation>the detection model %1 does not exist</translation>
        </message>
        <message>
            <source>the class list %1 cannot be read</source>
            <translation>the class list %1 cannot be read</translation>
        </message>
        <message>
            <source>the class list %1 is empty</source>
            <translation>the class list %1 is empty</translation>
        </message>
        <message>
            <source>the detection model %1 cannot be read: %2</source>
            <translation>the detection model %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>the detection model %1 has no layers</source>
            <translation>the detection model %1 has no layers</translation>
        </message>
        <message>
            <source>the detection model failed: %1</source>
            <translation>the detection model failed: %1</translation>
        </message>
        <message>
            <source>the detection model's output is [%1]; [1, N, %2] or [1, %2, N] was expected (%3 classes)</source>
            <translation>the detection model's output is [%1]; [1, N, %2] or [1, %2, N] was expected (%3 classes)</translation>
        </message>
        <message>
            <source>the detection model's rows have %1 values; %2 were expected</source>
            <translation>the detection model's rows have %1 values; %2 were expected</translation>
        </message>
    </context>
    <context>
        <name>VisionFrameText</name>
        <message>
            <source>the frame is empty (%1×%2)</source>
            <translation>the frame is empty (%1×%2)</translation>
        </message>
        <message>
            <source>the frame cannot be read (format %1)</source>
            <translation>the frame cannot be read (format %1)</translation>
        </message>
        <message>
            <source>frames of format %1 cannot be analysed</source>
            <translation>frames of format %1 cannot be analysed</translation>
        </message>
        <message>
            <source>the frame is empty or not a colour picture</source>
            <translation>the frame is empty or not a colour picture</translation>
        </message>
    </context>
    <context>
        <name>VisionText</name>
        <message>
            <source>Analytics of camera %1 are off: %2</source>
            <translation>Analytics of camera %1 are off: %2</translation>
        </message>
        <message>
            <source>the analysis failed: %1</source>
            <translation>the analysis failed: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 (%n found)</source>
            <translation>
                <numerusform>%1: %2 (%n found)</numerusform>
                <numerusform>%1: %2 (%n found)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>false alarms cannot be recorded: no alert service</source>
            <translation>false alarms cannot be recorded: no alert service</translation>
        </message>
        <message>
            <source>alert %1 is not a camera analytics alert</source>
            <translation>alert %1 is not a camera analytics alert</translation>
        </message>
    </context>
    <context>
        <name>VisionUiText</name>
        <message>
            <source>Crowd</source>
            <translation>Crowd</translation>
        </message>
        <message>
            <source>Intrusion</source>
            <translation>Intrusion</translation>
        </message>
        <message>
            <source>Fire or smoke</source>
            <translation>Fire or smoke</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Camera analytics do not run on this console.</source>
            <translation>Camera analytics do not run on this console.</translation>
        </message>
        <message>
            <source>Analytics of camera %1 are off: %2</source>
            <translation>Analytics of camera %1 are off: %2</translation>
        </message>
        <message>
            <source>Camera %1 is not known to the analytics.</source>
            <translation>Camera %1 is not known to the analytics.</translation>
        </message>
    </context>
    <context>
        <name>WallLayoutText</name>
        <message>
            <source>The layout '%1' is neither a preset (%2) nor a grid such as '2x3' or '3x3:0,0,2,2'.</source>
            <translation>The layout '%1' is neither a preset (%2) nor a grid such as '2x3' or '3x3:0,0,2,2'.</translation>
        </message>
        <message>
            <source>The layout '%1': the tile '%2' must be four numbers: row, column, rows spanned, columns spanned.</source>
            <translation>The layout '%1': the tile '%2' must be four numbers: row, column, rows spanned, columns spanned.</translation>
        </message>
        <message>
            <source>The layout '%1': %2</source>
            <translation>The layout '%1': %2</translation>
        </message>
        <message>
            <source>a grid has 1 to %1 rows and columns, not %2 × %3.</source>
            <translation>a grid has 1 to %1 rows and columns, not %2 × %3.</translation>
        </message>
        <message>
            <source>the tile at row %1, column %2 spans no cell.</source>
            <translation>the tile at row %1, column %2 spans no cell.</translation>
        </message>
        <message>
            <source>the tile at row %1, column %2 (%3 × %4 cells) does not fit in the %5 × %6 grid.</source>
            <translation>the tile at row %1, column %2 (%3 × %4 cells) does not fit in the %5 × %6 grid.</translation>
        </message>
        <message>
            <source>two tiles overlap at row %1, column %2.</source>
            <translation>two tiles overlap at row %1, column %2.</translation>
        </message>
    </context>
    <context>
        <name>WallProfileText</name>
        <message>
            <source>%1 must be a list of camera keys.</source>
            <translation>%1 must be a list of camera keys.</translation>
        </message>
        <message>
            <source>'%1' is not a wall profile name: use 1 to 64 letters, digits, '-', '_' or '.', not starting with '.'.</source>
            <translation>'%1' is not a wall profile name: use 1 to 64 letters, digits, '-', '_' or '.', not starting with '.'.</translation>
        </message>
        <message>
            <source>the format version must be %1.</source>
            <translation>the format version must be %1.</translation>
        </message>
        <message>
            <source>'screens' must be a list of at least one screen.</source>
            <translation>'screens' must be a list of at least one screen.</translation>
        </message>
        <message>
            <source>screen %1 is not an object.</source>
            <translation>screen %1 is not an object.</translation>
        </message>
        <message>
            <source>screen %1: %2</source>
            <translation>screen %1: %2</translation>
        </message>
        <message>
            <source>screen %1: 'cameras'</source>
            <translation>screen %1: 'cameras'</translation>
        </message>
        <message>
            <source>screen %1: %2 cameras for %3 tiles.</source>
            <translation>screen %1: %2 cameras for %3 tiles.</translation>
        </message>
        <message>
            <source>screen %1: the tour's 'cameras'</source>
            <translation>screen %1: the tour's 'cameras'</translation>
        </message>
        <message>
            <source>screen %1: a tour shows each camera at least %2 seconds, not %3.</source>
            <translation>screen %1: a tour shows each camera at least %2 seconds, not %3.</translation>
        </message>
        <message>
            <source>The wall profile %1 could not be read (%2); the default layout is shown.</source>
            <translation>The wall profile %1 could not be read (%2); the default layout is shown.</translation>
        </message>
        <message>
            <source>not JSON (%1 at byte %2)</source>
            <translation>not JSON (%1 at byte %2)</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>not a JSON object</translation>
        </message>
        <message>
            <source>The wall profile %1 is damaged (%2); it was kept as %3 and the default layout is shown.</source>
            <translation>The wall profile %1 is damaged (%2); it was kept as %3 and the default layout is shown.</translation>
        </message>
        <message>
            <source>The wall profile %1 is damaged (%2); the default layout is shown.</source>
            <translation>The wall profile %1 is damaged (%2); the default layout is shown.</translation>
        </message>
        <message>
            <source>The folder %1 could not be created for the wall profiles.</source>
            <translation>The folder %1 could not be created for the wall profiles.</translation>
        </message>
        <message>
            <source>The wall profile %1 could not be saved: %2</source>
            <translation>The wall profile %1 could not be saved: %2</translation>
        </message>
    </context>
    <context>
        <name>WallScreen</name>
        <message>
            <source>Cameras (%1)</source>
            <translation>Cameras (%1)</translation>
        </message>
        <message>
            <source>Search a camera or road</source>
            <translation>Search a camera or road</translation>
        </message>
        <message>
            <source>Drag a camera onto a tile; double click to open it.</source>
            <translation>Drag a camera onto a tile; double click to open it.</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Custom %1</source>
            <translation>Custom %1</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Fill</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Tour every</source>
            <translation>Tour every</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Stop tour</source>
            <translation>Stop tour</translation>
        </message>
        <message>
            <source>Start tour</source>
            <translation>Start tour</translation>
        </message>
        <message>
            <source>Stream details</source>
            <translation>Stream details</translation>
        </message>
        <message>
            <source>Screen %1 of %2</source>
            <translation>Screen %1 of %2</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Profile name</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Save profile</translation>
        </message>
    </context>
    <context>
        <name>WallText</name>
        <message>
            <source>The cameras could not be read: %1</source>
            <translation>The cameras could not be read: %1</translation>
        </message>
        <message>
            <source>The camera %1 is not known.</source>
            <translation>The camera %1 is not known.</translation>
        </message>
        <message>
            <source>A tour needs at least one known camera.</source>
            <translation>A tour needs at least one known camera.</translation>
        </message>
        <message>
            <source>No camera with a position is known.</source>
            <translation>No camera with a position is known.</translation>
        </message>
    </context>
    <context>
        <name>WallWindow</name>
        <message>
            <source>IOC Desk — camera wall %1</source>
            <translation>IOC Desk — camera wall %1</translation>
        </message>
        <message>
            <source>Sign in on the console to show the cameras.</source>
            <translation>Sign in on the console to show the cameras.</translation>
        </message>
    </context>
    <context>
        <name>ioc::AccountText</name>
        <message>
            <source>account %1: unknown role '%2'</source>
            <translation>account %1: unknown role '%2'</translation>
        </message>
        <message>
            <source>reading account %1</source>
            <translation>reading account %1</translation>
        </message>
        <message>
            <source>reading accounts</source>
            <translation>reading accounts</translation>
        </message>
        <message>
            <source>counting accounts</source>
            <translation>counting accounts</translation>
        </message>
        <message>
            <source>creating account %1</source>
            <translation>creating account %1</translation>
        </message>
        <message>
            <source>changing account %1</source>
            <translation>changing account %1</translation>
        </message>
        <message>
            <source>account %1 does not exist</source>
            <translation>account %1 does not exist</translation>
        </message>
        <message>
            <source>recording a sign-in of %1</source>
            <translation>recording a sign-in of %1</translation>
        </message>
    </context>
    <context>
        <name>ioc::AccountsText</name>
        <message>
            <source>'%1' is not a role.</source>
            <translation>'%1' is not a role.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>You cannot reset your own password here; another administrator can.</source>
            <translation>You cannot reset your own password here; another administrator can.</translation>
        </message>
    </context>
    <context>
        <name>ioc::ApprovalText</name>
        <message>
            <source>An approval needs the step and who performed it.</source>
            <translation>An approval needs the step and who performed it.</translation>
        </message>
        <message>
            <source>%1 performed this step and cannot also approve it: another supervisor must.</source>
            <translation>%1 performed this step and cannot also approve it: another supervisor must.</translation>
        </message>
        <message>
            <source>The approval could not be recorded: %1</source>
            <translation>The approval could not be recorded: %1</translation>
        </message>
    </context>
    <context>
        <name>ioc::AuditText</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ioc::AuthText</name>
        <message>
            <source>The login or the password is wrong.</source>
            <translation>The login or the password is wrong.</translation>
        </message>
        <message>
            <source>Accounts cannot be read right now: %1</source>
            <translation>Accounts cannot be read right now: %1</translation>
        </message>
        <message>
            <source>This account is locked after too many failed sign-ins; try again after %1.</source>
            <translation>This account is locked after too many failed sign-ins; try again after %1.</translation>
        </message>
        <message>
            <source>This account was changed outside IOC Desk and cannot be used; an administrator must check it.</source>
            <translation>This account was changed outside IOC Desk and cannot be used; an administrator must check it.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins: this account is locked until %1.</source>
            <translation>Too many failed sign-ins: this account is locked until %1.</translation>
        </message>
        <message>
            <source>This account is disabled; ask an administrator.</source>
            <translation>This account is disabled; ask an administrator.</translation>
        </message>
        <message>
            <source>%1 (%2) may not %3.</source>
            <translation>%1 (%2) may not %3.</translation>
        </message>
        <message>
            <source>Sign in to %1.</source>
            <translation>Sign in to %1.</translation>
        </message>
        <message>
            <source>%1 is outside the areas %2 is responsible for.</source>
            <translation>%1 is outside the areas %2 is responsible for.</translation>
        </message>
        <message>
            <source>A display name has 1 to 120 characters.</source>
            <translation>A display name has 1 to 120 characters.</translation>
        </message>
        <message>
            <source>'%1' is not an area code.</source>
            <translation>'%1' is not an area code.</translation>
        </message>
        <message>
            <source>The login %1 is taken.</source>
            <translation>The login %1 is taken.</translation>
        </message>
        <message>
            <source>There is no account %1.</source>
            <translation>There is no account %1.</translation>
        </message>
        <message>
            <source>An administrator exists already; sign in instead.</source>
            <translation>An administrator exists already; sign in instead.</translation>
        </message>
        <message>
            <source>account %1: %2</source>
            <translation>account %1: %2</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>You cannot change your own role or disable your own account; another administrator can.</source>
            <translation>You cannot change your own role or disable your own account; another administrator can.</translation>
        </message>
    </context>
    <context>
        <name>ioc::CapabilityText</name>
        <message>
            <source>Viewer</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Shift supervisor</source>
            <translation>Shift supervisor</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>view cameras</source>
            <translation>view cameras</translation>
        </message>
        <message>
            <source>acknowledge alerts</source>
            <translation>acknowledge alerts</translation>
        </message>
        <message>
            <source>start an SOP</source>
            <translation>start an SOP</translation>
        </message>
        <message>
            <source>approve an SOP step</source>
            <translation>approve an SOP step</translation>
        </message>
        <message>
            <source>edit KPI plans</source>
            <translation>edit KPI plans</translation>
        </message>
        <message>
            <source>manage connectors</source>
            <translation>manage connectors</translation>
        </message>
        <message>
            <source>manage accounts</source>
            <translation>manage accounts</translation>
        </message>
        <message>
            <source>view the audit</source>
            <translation>view the audit</translation>
        </message>
        <message>
            <source>ask for an explanation of an indicator</source>
            <translation>ask for an explanation of an indicator</translation>
        </message>
        <message>
            <source>configure camera analytics</source>
            <translation>configure camera analytics</translation>
        </message>
    </context>
    <context>
        <name>ioc::ChangeFeed</name>
        <message>
            <source>cannot listen for other consoles' changes</source>
            <translation>cannot listen for other consoles' changes</translation>
        </message>
    </context>
    <context>
        <name>ioc::ConnectorStatusModel</name>
        <message>
            <source>starting</source>
            <translation>starting</translation>
        </message>
        <message>
            <source>waiting for the next poll</source>
            <translation>waiting for the next poll</translation>
        </message>
        <message>
            <source>polling</source>
            <translation>polling</translation>
        </message>
        <message>
            <source>failed, retrying</source>
            <translation>failed, retrying</translation>
        </message>
        <message>
            <source>paused after repeated failures</source>
            <translation>paused after repeated failures</translation>
        </message>
        <message>
            <source>receiving</source>
            <translation>receiving</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>disconnected</translation>
        </message>
        <message>
            <source>standby (another node runs it)</source>
            <translation>standby (another node runs it)</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>cannot run</source>
            <translation>cannot run</translation>
        </message>
        <message>
            <source>unknown state %1</source>
            <translation>unknown state %1</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>closed (attempts go through)</source>
            <translation>closed (attempts go through)</translation>
        </message>
        <message>
            <source>open (attempts paused)</source>
            <translation>open (attempts paused)</translation>
        </message>
        <message>
            <source>half-open (one trial attempt)</source>
            <translation>half-open (one trial attempt)</translation>
        </message>
    </context>
    <context>
        <name>ioc::ConnectorsController</name>
        <message>
            <source>This console does not run the connectors; %1 polls on the node that runs it.</source>
            <translation>This console does not run the connectors; %1 polls on the node that runs it.</translation>
        </message>
        <message>
            <source>%1 polls now.</source>
            <translation>%1 polls now.</translation>
        </message>
        <message>
            <source>This console does not run the connectors; the node that runs %1 handles its quarantine.</source>
            <translation>This console does not run the connectors; the node that runs %1 handles its quarantine.</translation>
        </message>
        <message>
            <source>Record %1 is being mapped again…</source>
            <translation>Record %1 is being mapped again…</translation>
        </message>
        <message>
            <source>Record %1 is being discarded…</source>
            <translation>Record %1 is being discarded…</translation>
        </message>
        <message>
            <source>Record %1 handled.</source>
            <translation>Record %1 handled.</translation>
        </message>
        <message>
            <source>Record %1 could not be handled.</source>
            <translation>Record %1 could not be handled.</translation>
        </message>
    </context>
    <context>
        <name>ioc::CredentialText</name>
        <message>
            <source>Enter a login.</source>
            <translation>Enter a login.</translation>
        </message>
        <message>
            <source>A login has at most %1 characters.</source>
            <translation>A login has at most %1 characters.</translation>
        </message>
        <message>
            <source>A login may contain only the letters a–z, digits, '.', '_' and '-' (found U+%1).</source>
            <translation>A login may contain only the letters a–z, digits, '.', '_' and '-' (found U+%1).</translation>
        </message>
        <message>
            <source>A login starts with a letter or a digit.</source>
            <translation>A login starts with a letter or a digit.</translation>
        </message>
        <message>
            <source>A password has at least %1 characters.</source>
            <translation>A password has at least %1 characters.</translation>
        </message>
        <message>
            <source>A password has at most %1 characters.</source>
            <translation>A password has at most %1 characters.</translation>
        </message>
        <message>
            <source>A password is not one character repeated.</source>
            <translation>A password is not one character repeated.</translation>
        </message>
        <message>
            <source>A password shorter than 16 characters mixes three of: lower case, upper case, digits, other characters.</source>
            <translation>A password shorter than 16 characters mixes three of: lower case, upper case, digits, other characters.</translation>
        </message>
        <message>
            <source>A password does not contain the login.</source>
            <translation>A password does not contain the login.</translation>
        </message>
    </context>
    <context>
        <name>ioc::DemoDataText</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at offset %3</source>
            <translation>%1 is not valid JSON: %2 at offset %3</translation>
        </message>
        <message>
            <source>%1: the top level must be a JSON object</source>
            <translation>%1: the top level must be a JSON object</translation>
        </message>
        <message>
            <source>%1 must be a non-empty text</source>
            <translation>%1 must be a non-empty text</translation>
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation>%1 must be a number</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 must be true or false</translation>
        </message>
        <message>
            <source>%1 must be a non-empty list of texts</source>
            <translation>%1 must be a non-empty list of texts</translation>
        </message>
        <message>
            <source>%1 must be a non-empty list of objects</source>
            <translation>%1 must be a non-empty list of objects</translation>
        </message>
        <message>
            <source>%1 must be one of %2</source>
            <translation>%1 must be one of %2</translation>
        </message>
        <message>
            <source>%1 must be a list of two numbers, the smaller first</source>
            <translation>%1 must be a list of two numbers, the smaller first</translation>
        </message>
    </context>
    <context>
        <name>ioc::DemoProvinceText</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at offset %3</source>
            <translation>%1 is not valid JSON: %2 at offset %3</translation>
        </message>
        <message>
            <source>%1 is not a GeoJSON FeatureCollection</source>
            <translation>%1 is not a GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <source>%1 holds no feature</source>
            <translation>%1 holds no feature</translation>
        </message>
        <message>
            <source>%1, feature %2: the property "%3" is missing or empty</source>
            <translation>%1, feature %2: the property "%3" is missing or empty</translation>
        </message>
        <message>
            <source>%1, feature %2: the property "areaKm2" is missing or not a number</source>
            <translation>%1, feature %2: the property "areaKm2" is missing or not a number</translation>
        </message>
        <message>
            <source>%1, feature %2: the geometry is not a Polygon or MultiPolygon with valid coordinates</source>
            <translation>%1, feature %2: the geometry is not a Polygon or MultiPolygon with valid coordinates</translation>
        </message>
        <message>
            <source>%1 names the ward %2, which %3 does not hold</source>
            <translation>%1 names the ward %2, which %3 does not hold</translation>
        </message>
    </context>
    <context>
        <name>ioc::DomainText</name>
        <message>
            <source>%1 %2: the source is missing</source>
            <translation>%1 %2: the source is missing</translation>
        </message>
        <message>
            <source>%1 from %2: the external id is missing</source>
            <translation>%1 from %2: the external id is missing</translation>
        </message>
        <message>
            <source>%1: %2 is missing or not a valid time</source>
            <translation>%1: %2 is missing or not a valid time</translation>
        </message>
        <message>
            <source>%1: latitude %2 is outside -90…90</source>
            <translation>%1: latitude %2 is outside -90…90</translation>
        </message>
        <message>
            <source>%1: longitude %2 is outside -180…180</source>
            <translation>%1: longitude %2 is outside -180…180</translation>
        </message>
        <message>
            <source>asset</source>
            <translation>asset</translation>
        </message>
        <message>
            <source>asset %1</source>
            <translation>asset %1</translation>
        </message>
        <message>
            <source>%1: the name is missing</source>
            <translation>%1: the name is missing</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>case %1</source>
            <translation>case %1</translation>
        </message>
        <message>
            <source>%1: the title is missing</source>
            <translation>%1: the title is missing</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>observation</translation>
        </message>
        <message>
            <source>observation %1 %2</source>
            <translation>observation %1 %2</translation>
        </message>
        <message>
            <source>%1: the metric is missing</source>
            <translation>%1: the metric is missing</translation>
        </message>
        <message>
            <source>%1: the value is not a number</source>
            <translation>%1: the value is not a number</translation>
        </message>
        <message>
            <source>unit position</source>
            <translation>unit position</translation>
        </message>
        <message>
            <source>position of %1</source>
            <translation>position of %1</translation>
        </message>
        <message>
            <source>%1: the coordinate is missing</source>
            <translation>%1: the coordinate is missing</translation>
        </message>
        <message>
            <source>indicator %1 %2 %3</source>
            <translation>indicator %1 %2 %3</translation>
        </message>
        <message>
            <source>%1: indicator, area and period are all required</source>
            <translation>%1: indicator, area and period are all required</translation>
        </message>
        <message>
            <source>%1: plan and actual must be numbers</source>
            <translation>%1: plan and actual must be numbers</translation>
        </message>
        <message>
            <source>alert</source>
            <translation>alert</translation>
        </message>
        <message>
            <source>alert %1</source>
            <translation>alert %1</translation>
        </message>
        <message>
            <source>%1: the rule is missing</source>
            <translation>%1: the rule is missing</translation>
        </message>
    </context>
    <context>
        <name>ioc::ExplanationText</name>
        <message>
            <source>A request names the indicator and the period.</source>
            <translation>A request names the indicator and the period.</translation>
        </message>
        <message>
            <source>Write the question (at most 2,000 characters).</source>
            <translation>Write the question (at most 2,000 characters).</translation>
        </message>
        <message>
            <source>Name the unit that must answer.</source>
            <translation>Name the unit that must answer.</translation>
        </message>
        <message>
            <source>The deadline must be in the future.</source>
            <translation>The deadline must be in the future.</translation>
        </message>
        <message>
            <source>There is no request %1.</source>
            <translation>There is no request %1.</translation>
        </message>
        <message>
            <source>This request was answered already.</source>
            <translation>This request was answered already.</translation>
        </message>
        <message>
            <source>Sign in to answer.</source>
            <translation>Sign in to answer.</translation>
        </message>
        <message>
            <source>Only %1 answers this request.</source>
            <translation>Only %1 answers this request.</translation>
        </message>
        <message>
            <source>Write the answer (at most 4,000 characters).</source>
            <translation>Write the answer (at most 4,000 characters).</translation>
        </message>
    </context>
    <context>
        <name>ioc::GeoJsonReader</name>
        <message>
            <source>a GeometryCollection has no "geometries" array</source>
            <translation>a GeometryCollection has no "geometries" array</translation>
        </message>
        <message>
            <source>geometry %1 of the collection: </source>
            <translation>geometry %1 of the collection: </translation>
        </message>
        <message>
            <source>not an object but %1</source>
            <translation>not an object but %1</translation>
        </message>
        <message>
            <source>unknown geometry type "%1"</source>
            <translation>unknown geometry type "%1"</translation>
        </message>
        <message>
            <source>the %1 has no "coordinates" array</source>
            <translation>the %1 has no "coordinates" array</translation>
        </message>
        <message>
            <source>the point</source>
            <translation>the point</translation>
        </message>
        <message>
            <source>point %1</source>
            <translation>point %1</translation>
        </message>
        <message>
            <source>the line</source>
            <translation>the line</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>wrong nesting in %1: a position must be an array [longitude, latitude], not %2</source>
            <translation>wrong nesting in %1: a position must be an array [longitude, latitude], not %2</translation>
        </message>
        <message>
            <source>wrong nesting in %1: arrays nested deeper than a position</source>
            <translation>wrong nesting in %1: arrays nested deeper than a position</translation>
        </message>
        <message>
            <source>%1: a position needs a longitude and a latitude (numbers)</source>
            <translation>%1: a position needs a longitude and a latitude (numbers)</translation>
        </message>
        <message>
            <source>latitude %1 out of range in %2</source>
            <translation>latitude %1 out of range in %2</translation>
        </message>
        <message>
            <source>longitude %1 out of range in %2</source>
            <translation>longitude %1 out of range in %2</translation>
        </message>
        <message>
            <source>wrong nesting in %1: expected an array of positions, not %2</source>
            <translation>wrong nesting in %1: expected an array of positions, not %2</translation>
        </message>
        <message>
            <source>%1 has %2 positions; a line needs at least 2</source>
            <translation>%1 has %2 positions; a line needs at least 2</translation>
        </message>
        <message>
            <source>the polygon</source>
            <translation>the polygon</translation>
        </message>
        <message>
            <source>polygon %1</source>
            <translation>polygon %1</translation>
        </message>
        <message>
            <source>wrong nesting in %1: expected an array of rings, not %2</source>
            <translation>wrong nesting in %1: expected an array of rings, not %2</translation>
        </message>
        <message>
            <source>%1 has no rings</source>
            <translation>%1 has no rings</translation>
        </message>
        <message>
            <source>ring %1</source>
            <translation>ring %1</translation>
        </message>
        <message>
            <source>ring %1 of polygon %2</source>
            <translation>ring %1 of polygon %2</translation>
        </message>
        <message>
            <source>wrong nesting in %1: a ring must be an array of positions, not one position</source>
            <translation>wrong nesting in %1: a ring must be an array of positions, not one position</translation>
        </message>
        <message>
            <source>%1 has %2 positions; a closed ring needs at least 4</source>
            <translation>%1 has %2 positions; a closed ring needs at least 4</translation>
        </message>
        <message>
            <source>%1 is not closed: its first and last positions differ</source>
            <translation>%1 is not closed: its first and last positions differ</translation>
        </message>
        <message>
            <source>%1 has fewer than 3 distinct positions</source>
            <translation>%1 has fewer than 3 distinct positions</translation>
        </message>
        <message>
            <source>%1 intersects itself</source>
            <translation>%1 intersects itself</translation>
        </message>
        <message>
            <source>not JSON: %1 at offset %2</source>
            <translation>not JSON: %1 at offset %2</translation>
        </message>
        <message>
            <source>not GeoJSON: the document is not a JSON object</source>
            <translation>not GeoJSON: the document is not a JSON object</translation>
        </message>
        <message>
            <source>feature %1: </source>
            <translation>feature %1: </translation>
        </message>
        <message>
            <source>wrong nesting: a FeatureCollection holds Features, not "%1"</source>
            <translation>wrong nesting: a FeatureCollection holds Features, not "%1"</translation>
        </message>
        <message>
            <source>a Feature needs a "geometry" member (null when it has none)</source>
            <translation>a Feature needs a "geometry" member (null when it has none)</translation>
        </message>
        <message>
            <source>the geometry is %1, not an object or null</source>
            <translation>the geometry is %1, not an object or null</translation>
        </message>
        <message>
            <source>not GeoJSON: a FeatureCollection needs a "features" array</source>
            <translation>not GeoJSON: a FeatureCollection needs a "features" array</translation>
        </message>
        <message>
            <source>not GeoJSON: the object has no "type"</source>
            <translation>not GeoJSON: the object has no "type"</translation>
        </message>
        <message>
            <source>not GeoJSON: unknown type "%1"</source>
            <translation>not GeoJSON: unknown type "%1"</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ioc::IngestText</name>
        <message>
            <source>cannot prepare the %1 statement</source>
            <translation>cannot prepare the %1 statement</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>cannot write %1</translation>
        </message>
        <message>
            <source>cannot look up assets</source>
            <translation>cannot look up assets</translation>
        </message>
        <message>
            <source>cannot look up asset %1</source>
            <translation>cannot look up asset %1</translation>
        </message>
        <message>
            <source>area #%1: the code or the name is missing</source>
            <translation>area #%1: the code or the name is missing</translation>
        </message>
        <message>
            <source>indicator #%1: the code or the name is missing</source>
            <translation>indicator #%1: the code or the name is missing</translation>
        </message>
        <message>
            <source>observation %1 %2: unknown asset</source>
            <translation>observation %1 %2: unknown asset</translation>
        </message>
        <message>
            <source>position of %1: unknown unit</source>
            <translation>position of %1: unknown unit</translation>
        </message>
        <message>
            <source>cannot move units</source>
            <translation>cannot move units</translation>
        </message>
        <message>
            <source>cannot notify other consoles</source>
            <translation>cannot notify other consoles</translation>
        </message>
    </context>
    <context>
        <name>ioc::JournalText</name>
        <message>
            <source>cannot lock the journal</source>
            <translation>cannot lock the journal</translation>
        </message>
        <message>
            <source>cannot read the journal</source>
            <translation>cannot read the journal</translation>
        </message>
        <message>
            <source>cannot append to the journal</source>
            <translation>cannot append to the journal</translation>
        </message>
        <message>
            <source>expected entry %1 here: an entry is missing or was inserted</source>
            <translation>expected entry %1 here: an entry is missing or was inserted</translation>
        </message>
        <message>
            <source>its link to the previous entry does not match (an entry before it was changed or removed)</source>
            <translation>its link to the previous entry does not match (an entry before it was changed or removed)</translation>
        </message>
        <message>
            <source>its content does not match its hash (the entry was changed)</source>
            <translation>its content does not match its hash (the entry was changed)</translation>
        </message>
    </context>
    <context>
        <name>ioc::KpiBatchText</name>
        <message>
            <source>status columns: %1 has %2 entries for %3 rows</source>
            <extracomment>Developer error: %1 is a column name (plan, forecast…), %2 and %3 are counts.</extracomment>
            <translation>status columns: %1 has %2 entries for %3 rows</translation>
        </message>
        <message>
            <source>status columns: room for %1 results, %2 rows</source>
            <extracomment>Developer error: %1 and %2 are counts.</extracomment>
            <translation>status columns: room for %1 results, %2 rows</translation>
        </message>
        <message>
            <source>status columns: no series rule</source>
            <translation>status columns: no series rule</translation>
        </message>
        <message>
            <source>status columns: row %1 names a period or series past the tables (%2 periods, %3 series)</source>
            <extracomment>Developer error: %1 is a row number, %2 and %3 are counts.</extracomment>
            <translation>status columns: row %1 names a period or series past the tables (%2 periods, %3 series)</translation>
        </message>
        <message>
            <source>status batch: every status must be judged at the same time</source>
            <translation>status batch: every status must be judged at the same time</translation>
        </message>
        <message>
            <source>status batch: more than 65,536 periods</source>
            <translation>status batch: more than 65,536 periods</translation>
        </message>
    </context>
    <context>
        <name>ioc::KpiDashboardText</name>
        <message>
            <source>no figures to forecast from</source>
            <translation>no figures to forecast from</translation>
        </message>
    </context>
    <context>
        <name>ioc::KpiText</name>
        <message>
            <source>cannot read the areas</source>
            <translation>cannot read the areas</translation>
        </message>
        <message>
            <source>cannot compute the case indicators: the current time is not valid</source>
            <translation>cannot compute the case indicators: the current time is not valid</translation>
        </message>
        <message>
            <source>cannot compute the case indicators: the period "%1" is not a month (YYYY-MM)</source>
            <translation>cannot compute the case indicators: the period "%1" is not a month (YYYY-MM)</translation>
        </message>
        <message>
            <source>cannot compute %1: unknown computation "%2"</source>
            <translation>cannot compute %1: unknown computation "%2"</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator record(s) rejected; the first: %1</source>
            <translation>
                <numerusform>%n indicator record rejected; the first: %1</numerusform>
                <numerusform>%n indicator records rejected; the first: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot store the case indicators: no catalogue (compute them first)</source>
            <translation>cannot store the case indicators: no catalogue (compute them first)</translation>
        </message>
        <message>
            <source>%1: field "%2": %3</source>
            <translation>%1: field "%2": %3</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>not a text</source>
            <translation>not a text</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>unknown value "%1" (expected one of: %2)</source>
            <translation>unknown value "%1" (expected one of: %2)</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>not a number</translation>
        </message>
        <message>
            <source>not a field of the catalogue</source>
            <translation>not a field of the catalogue</translation>
        </message>
        <message>
            <source>not a list of area levels</source>
            <translation>not a list of area levels</translation>
        </message>
        <message>
            <source>"%1" is listed twice</source>
            <translation>"%1" is listed twice</translation>
        </message>
        <message>
            <source>%1 is not a whole number of hours from 1 to 1000000</source>
            <translation>%1 is not a whole number of hours from 1 to 1000000</translation>
        </message>
        <message>
            <source>not an object with "green" and "red"</source>
            <translation>not an object with "green" and "red"</translation>
        </message>
        <message>
            <source>%1 is not above 0</source>
            <translation>%1 is not above 0</translation>
        </message>
        <message>
            <source>red %1 is above green %2</source>
            <translation>red %1 is above green %2</translation>
        </message>
        <message>
            <source>computed indicators need "periodKind": "month"</source>
            <translation>computed indicators need "periodKind": "month"</translation>
        </message>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: cannot be read: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at offset %2: %3</source>
            <translation>%1: not valid JSON at offset %2: %3</translation>
        </message>
        <message>
            <source>%1: expected an object with an "indicators" list</source>
            <translation>%1: expected an object with an "indicators" list</translation>
        </message>
        <message>
            <source>%1: indicator #%2</source>
            <translation>%1: indicator #%2</translation>
        </message>
        <message>
            <source>%1: indicator #%2 (%3)</source>
            <translation>%1: indicator #%2 (%3)</translation>
        </message>
        <message>
            <source>%1: not an object</source>
            <translation>%1: not an object</translation>
        </message>
        <message>
            <source>%1: field "code": already used by indicator #%2</source>
            <translation>%1: field "code": already used by indicator #%2</translation>
        </message>
        <message>
            <source>The season length must be at least 1 (got %1).</source>
            <translation>The season length must be at least 1 (got %1).</translation>
        </message>
        <message>
            <source>The forecast horizon must be 1 to %1 periods (got %2).</source>
            <translation>The forecast horizon must be 1 to %1 periods (got %2).</translation>
        </message>
        <message>
            <source>History value %1 of %2 is not a number.</source>
            <extracomment>%1 is the 1-based position of the value in the history.</extracomment>
            <translation>History value %1 of %2 is not a number.</translation>
        </message>
        <message>
            <source>All %1 back-test values are 0, so no percentage error can rank the methods.</source>
            <translation>All %1 back-test values are 0, so no percentage error can rank the methods.</translation>
        </message>
        <message>
            <source>A forecast needs at least 4 history values, or one season and one more value (got %1).</source>
            <translation>A forecast needs at least 4 history values, or one season and one more value (got %1).</translation>
        </message>
        <message>
            <source>Method %1 needs a season length of at least 2 (got %2).</source>
            <translation>Method %1 needs a season length of at least 2 (got %2).</translation>
        </message>
        <message>
            <source>Method %1 needs at least %2 history values (got %3).</source>
            <translation>Method %1 needs at least %2 history values (got %3).</translation>
        </message>
        <message>
            <source>cannot count the cases</source>
            <translation>cannot count the cases</translation>
        </message>
        <message>
            <source>month</source>
            <extracomment>Period word in status explanations ("at 40% of the month", "for the finished month").</extracomment>
            <translation>month</translation>
        </message>
        <message>
            <source>quarter</source>
            <extracomment>Period word in status explanations ("at 40% of the quarter").</extracomment>
            <translation>quarter</translation>
        </message>
        <message>
            <source>year</source>
            <extracomment>Period word in status explanations ("at 40% of the year").</extracomment>
            <translation>year</translation>
        </message>
        <message>
            <source>red</source>
            <comment>KPI status colour</comment>
            <translation>red</translation>
        </message>
        <message>
            <source>orange</source>
            <comment>KPI status colour</comment>
            <translation>orange</translation>
        </message>
        <message>
            <source>green</source>
            <comment>KPI status colour</comment>
            <translation>green</translation>
        </message>
        <message>
            <source>grey</source>
            <comment>KPI status colour</comment>
            <translation>grey</translation>
        </message>
        <message>
            <source>the period is not valid</source>
            <translation>the period is not valid</translation>
        </message>
        <message>
            <source>the status thresholds are not valid</source>
            <translation>the status thresholds are not valid</translation>
        </message>
        <message>
            <source>no actual figure for this %1</source>
            <extracomment>%1 is the period word: month, quarter, year.</extracomment>
            <translation>no actual figure for this %1</translation>
        </message>
        <message>
            <source>the actual figure is not a number</source>
            <translation>the actual figure is not a number</translation>
        </message>
        <message>
            <source>the actual figure is negative, which this indicator cannot be</source>
            <translation>the actual figure is negative, which this indicator cannot be</translation>
        </message>
        <message>
            <source>no plan for this %1</source>
            <extracomment>%1 is the period word: month, quarter, year.</extracomment>
            <translation>no plan for this %1</translation>
        </message>
        <message>
            <source>the plan is not a number</source>
            <translation>the plan is not a number</translation>
        </message>
        <message>
            <source>the plan is negative, so no share of it can be judged</source>
            <translation>the plan is negative, so no share of it can be judged</translation>
        </message>
        <message>
            <source>the plan is 0, so no share of it can be judged</source>
            <translation>the plan is 0, so no share of it can be judged</translation>
        </message>
        <message>
            <source>the %1 has not started</source>
            <extracomment>%1 is the period word: month, quarter, year.</extracomment>
            <translation>the %1 has not started</translation>
        </message>
        <message>
            <source>the forecast is not a number</source>
            <translation>the forecast is not a number</translation>
        </message>
        <message>
            <source>the forecast is negative, which this indicator cannot be</source>
            <translation>the forecast is negative, which this indicator cannot be</translation>
        </message>
        <message>
            <source>%1; stale: no update time</source>
            <translation>%1; stale: no update time</translation>
        </message>
        <message>
            <source>%1; stale: last update %2 d ago</source>
            <extracomment>%2 is a whole number of days.</extracomment>
            <translation>%1; stale: last update %2 d ago</translation>
        </message>
        <message>
            <source>%1; stale: last update %2 h ago</source>
            <extracomment>%2 is a whole number of hours.</extracomment>
            <translation>%1; stale: last update %2 h ago</translation>
        </message>
        <message>
            <source>the plan is 0 and the actual is %1</source>
            <translation>the plan is 0 and the actual is %1</translation>
        </message>
        <message>
            <source>forecast %1 at %2 end</source>
            <extracomment>%1 is the forecast (a share of plan like "88%" or a figure), %2 the period word.</extracomment>
            <translation>forecast %1 at %2 end</translation>
        </message>
        <message>
            <source>actual %1 of plan for the finished %2</source>
            <extracomment>%1 is a share of plan ("61%"), %2 the period word.</extracomment>
            <translation>actual %1 of plan for the finished %2</translation>
        </message>
        <message>
            <source>actual %1 of plan at %2 of the %3</source>
            <extracomment>%1 is a share of plan ("61%"), %2 the elapsed share of the period ("75%"), %3 the period word.</extracomment>
            <translation>actual %1 of plan at %2 of the %3</translation>
        </message>
        <message>
            <source>actual %1 of plan</source>
            <translation>actual %1 of plan</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <extracomment>A status explanation: %1 the figures, %2 the colour.</extracomment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1; %2 → %3</source>
            <extracomment>A status explanation: %1 the actual figures, %2 the forecast, %3 the colour.</extracomment>
            <translation>%1; %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>ioc::LanguageController</name>
        <message>
            <source>unknown language '%1' (available: %2)</source>
            <translation>unknown language '%1' (available: %2)</translation>
        </message>
        <message>
            <source>the translation %1 is missing from this build</source>
            <translation>the translation %1 is missing from this build</translation>
        </message>
    </context>
    <context>
        <name>ioc::MapText</name>
        <message>
            <source>reading unit positions</source>
            <translation>reading unit positions</translation>
        </message>
    </context>
    <context>
        <name>ioc::MapView</name>
        <message>
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
    </context>
    <context>
        <name>ioc::MarkerLayer</name>
        <message>
            <source>stateColors needs four colours (normal, notice, warning, critical); the defaults stay</source>
            <translation>stateColors needs four colours (normal, notice, warning, critical); the defaults stay</translation>
        </message>
        <message numerus="yes">
            <source>%n marker(s) of an unknown kind are drawn as dots</source>
            <translation>
                <numerusform>%n marker of an unknown kind are drawn as dots</numerusform>
                <numerusform>%n markers of an unknown kind are drawn as dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marker(s) without a valid position are not shown</source>
            <translation>
                <numerusform>%n marker without a valid position are not shown</numerusform>
                <numerusform>%n markers without a valid position are not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::PasswordHasherText</name>
        <message>
            <source>the password could not be hashed (out of memory)</source>
            <translation>the password could not be hashed (out of memory)</translation>
        </message>
    </context>
    <context>
        <name>ioc::RecordListModel</name>
        <message>
            <source>the data store is not available</source>
            <translation>the data store is not available</translation>
        </message>
    </context>
    <context>
        <name>ioc::RepositoryText</name>
        <message>
            <source>cannot prepare a query</source>
            <translation>cannot prepare a query</translation>
        </message>
        <message>
            <source>cannot read</source>
            <translation>cannot read</translation>
        </message>
    </context>
    <context>
        <name>ioc::ScreenTour</name>
        <message>
            <source>the user interface loaded with warnings: %1</source>
            <translation>the user interface loaded with warnings: %1</translation>
        </message>
        <message>
            <source>the main window lists no screens</source>
            <translation>the main window lists no screens</translation>
        </message>
        <message>
            <source>cannot create the screenshot folder %1</source>
            <translation>cannot create the screenshot folder %1</translation>
        </message>
        <message>
            <source>the screen '%1' could not be shown</source>
            <translation>the screen '%1' could not be shown</translation>
        </message>
        <message>
            <source>the screen '%1' raised QML warnings: %2</source>
            <translation>the screen '%1' raised QML warnings: %2</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>cannot write the screenshot %1</translation>
        </message>
        <message>
            <source>the screen '%1' failed to load</source>
            <translation>the screen '%1' failed to load</translation>
        </message>
        <message>
            <source>the screen '%1' did not load within %2 ms</source>
            <translation>the screen '%1' did not load within %2 ms</translation>
        </message>
        <message>
            <source>the screen '%1' logged warnings: %2</source>
            <translation>the screen '%1' logged warnings: %2</translation>
        </message>
        <message>
            <source>the screen '%1' was still loading after %2 ms</source>
            <translation>the screen '%1' was still loading after %2 ms</translation>
        </message>
        <message>
            <source>the screen '%1' could not show '%2'</source>
            <translation>the screen '%1' could not show '%2'</translation>
        </message>
    </context>
    <context>
        <name>ioc::Settings</name>
        <message>
            <source>unknown setting %1</source>
            <translation>unknown setting %1</translation>
        </message>
        <message>
            <source>%1: no such configuration file</source>
            <translation>%1: no such configuration file</translation>
        </message>
        <message>
            <source>%1: cannot read the configuration file: %2</source>
            <translation>%1: cannot read the configuration file: %2</translation>
        </message>
        <message>
            <source>%1: invalid JSON at offset %2: %3</source>
            <translation>%1: invalid JSON at offset %2: %3</translation>
        </message>
        <message>
            <source>%1: the configuration must be a JSON object</source>
            <translation>%1: the configuration must be a JSON object</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2: unknown setting</source>
            <translation>%1: %2: unknown setting</translation>
        </message>
    </context>
    <context>
        <name>ioc::ShellStatus</name>
        <message>
            <source>No data source yet</source>
            <translation>No data source yet</translation>
        </message>
        <message numerus="yes">
            <source>%n data source(s) up to date</source>
            <translation>
                <numerusform>%n data source up to date</numerusform>
                <numerusform>%n data sources up to date</numerusform>
            </translation>
        </message>
        <message>
            <source>Stale data from some sources</source>
            <translation>Stale data from some sources</translation>
        </message>
        <message>
            <source>A data source is failing</source>
            <translation>A data source is failing</translation>
        </message>
        <message>
            <source>The data store could not be opened: %1</source>
            <translation>The data store could not be opened: %1</translation>
        </message>
        <message>
            <source>Changes from other consoles will not appear: %1</source>
            <translation>Changes from other consoles will not appear: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n ward(s)</source>
            <translation>
                <numerusform>%1 · %n ward</numerusform>
                <numerusform>%1 · %n wards</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo province could not be loaded: %1</source>
            <translation>The demo province could not be loaded: %1</translation>
        </message>
        <message>
            <source>The indicator catalogue could not be read: %1</source>
            <translation>The indicator catalogue could not be read: %1</translation>
        </message>
        <message>
            <source>Connectors: %1</source>
            <translation>Connectors: %1</translation>
        </message>
        <message>
            <source>Alerts and procedures: %1</source>
            <translation>Alerts and procedures: %1</translation>
        </message>
        <message>
            <source>Camera wall: %1</source>
            <translation>Camera wall: %1</translation>
        </message>
        <message>
            <source>Camera analytics: %1</source>
            <translation>Camera analytics: %1</translation>
        </message>
    </context>
    <context>
        <name>ioc::Simulator</name>
        <message>
            <source>The demo simulator could not write its events: %1</source>
            <translation>The demo simulator could not write its events: %1</translation>
        </message>
        <message numerus="yes">
            <source>The store rejected %n record(s) of the demo simulator; the first: %1</source>
            <translation>
                <numerusform>The store rejected %n record of the demo simulator; the first: %1</numerusform>
                <numerusform>The store rejected %n records of the demo simulator; the first: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::SopContactText</name>
        <message>
            <source>%1: /contacts/%2/email: '%3' is not an e-mail address</source>
            <translation>%1: /contacts/%2/email: '%3' is not an e-mail address</translation>
        </message>
        <message>
            <source>%1: /contacts/%2/phone: '%3' is not a phone number in +84… form</source>
            <translation>%1: /contacts/%2/phone: '%3' is not a phone number in +84… form</translation>
        </message>
        <message>
            <source>%1: /areaOfficers/%2: '%3' is not in the contacts</source>
            <translation>%1: /areaOfficers/%2: '%3' is not in the contacts</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: cannot be read (%2)</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: not a JSON object (%2)</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopController</name>
        <message>
            <source>Select a SOP first.</source>
            <translation>Select a SOP first.</translation>
        </message>
        <message>
            <source>Done: "%1".</source>
            <translation>Done: "%1".</translation>
        </message>
        <message>
            <source>Skipped: "%1".</source>
            <translation>Skipped: "%1".</translation>
        </message>
        <message>
            <source>Approved: "%1".</source>
            <translation>Approved: "%1".</translation>
        </message>
        <message>
            <source>Rejected: "%1"; the work goes back to be done again.</source>
            <translation>Rejected: "%1"; the work goes back to be done again.</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopRunText</name>
        <message>
            <source>The journal has no start of the SOP run %1.</source>
            <translation>The journal has no start of the SOP run %1.</translation>
        </message>
        <message>
            <source>Journal entry %1 of SOP run %2 names the unknown step '%3'.</source>
            <translation>Journal entry %1 of SOP run %2 names the unknown step '%3'.</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopServiceText</name>
        <message>
            <source>There is no SOP template '%1'.</source>
            <translation>There is no SOP template '%1'.</translation>
        </message>
        <message>
            <source>An SOP run belongs to an alert: the alert's key is missing.</source>
            <translation>An SOP run belongs to an alert: the alert's key is missing.</translation>
        </message>
        <message>
            <source>The SOP "%1" is already running for this alert.</source>
            <translation>The SOP "%1" is already running for this alert.</translation>
        </message>
        <message>
            <source>There is no SOP run %1.</source>
            <translation>There is no SOP run %1.</translation>
        </message>
        <message>
            <source>This SOP run is closed.</source>
            <translation>This SOP run is closed.</translation>
        </message>
        <message>
            <source>The SOP has no step '%1'.</source>
            <translation>The SOP has no step '%1'.</translation>
        </message>
        <message>
            <source>The step "%1" is not the one to do now.</source>
            <translation>The step "%1" is not the one to do now.</translation>
        </message>
        <message>
            <source>An approval step is approved or rejected, not completed.</source>
            <translation>An approval step is approved or rejected, not completed.</translation>
        </message>
        <message>
            <source>A note has at most 4,000 characters.</source>
            <translation>A note has at most 4,000 characters.</translation>
        </message>
        <message>
            <source>Answer the step "%1" with one of: %2.</source>
            <translation>Answer the step "%1" with one of: %2.</translation>
        </message>
        <message>
            <source>Enter the value in %1.</source>
            <translation>Enter the value in %1.</translation>
        </message>
        <message>
            <source>Attach the evidence (%1).</source>
            <translation>Attach the evidence (%1).</translation>
        </message>
        <message>
            <source>Say in a note what was done instead.</source>
            <translation>Say in a note what was done instead.</translation>
        </message>
        <message>
            <source>Skipping a step needs a justification (5 to 2,000 characters).</source>
            <translation>Skipping a step needs a justification (5 to 2,000 characters).</translation>
        </message>
        <message>
            <source>SOP step skipped: %1</source>
            <translation>SOP step skipped: %1</translation>
        </message>
        <message>
            <source>%1 skipped the step "%2" of "%3" (alert: %4). Justification: %5</source>
            <translation>%1 skipped the step "%2" of "%3" (alert: %4). Justification: %5</translation>
        </message>
        <message>
            <source>The step "%1" is not an approval.</source>
            <translation>The step "%1" is not an approval.</translation>
        </message>
        <message>
            <source>%1 did the work to be approved: another supervisor approves it (four eyes).</source>
            <translation>%1 did the work to be approved: another supervisor approves it (four eyes).</translation>
        </message>
        <message>
            <source>Say why the step is rejected.</source>
            <translation>Say why the step is rejected.</translation>
        </message>
        <message>
            <source>A comment has at most 2,000 characters.</source>
            <translation>A comment has at most 2,000 characters.</translation>
        </message>
        <message>
            <source>SOP step overdue: %1</source>
            <translation>SOP step overdue: %1</translation>
        </message>
        <message numerus="yes">
            <source>The step "%1" of "%2" (alert: %3) is past its time limit of %n minute(s).</source>
            <translation>
                <numerusform>The step "%1" of "%2" (alert: %3) is past its time limit of %n minute.</numerusform>
                <numerusform>The step "%1" of "%2" (alert: %3) is past its time limit of %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::SopTemplateText</name>
        <message>
            <source>a template needs an id</source>
            <translation>a template needs an id</translation>
        </message>
        <message>
            <source>a template needs at least one step</source>
            <translation>a template needs at least one step</translation>
        </message>
        <message>
            <source>a step needs an id</source>
            <translation>a step needs an id</translation>
        </message>
        <message>
            <source>duplicate step id '%1'</source>
            <translation>duplicate step id '%1'</translation>
        </message>
        <message>
            <source>step '%1' has no role</source>
            <translation>step '%1' has no role</translation>
        </message>
        <message>
            <source>unknown role '%1' (operator, supervisor, leader, admin)</source>
            <translation>unknown role '%1' (operator, supervisor, leader, admin)</translation>
        </message>
        <message>
            <source>unknown step kind '%1'</source>
            <translation>unknown step kind '%1'</translation>
        </message>
        <message>
            <source>a %1 step has no answer '%2'</source>
            <translation>a %1 step has no answer '%2'</translation>
        </message>
        <message>
            <source>a value step names its unit</source>
            <translation>a value step names its unit</translation>
        </message>
        <message>
            <source>the range's min is above its max</source>
            <translation>the range's min is above its max</translation>
        </message>
        <message>
            <source>an evidence step lists what it accepts</source>
            <translation>an evidence step lists what it accepts</translation>
        </message>
        <message>
            <source>a notify step names its channel</source>
            <translation>a notify step names its channel</translation>
        </message>
        <message>
            <source>a notify step names its recipients</source>
            <translation>a notify step names its recipients</translation>
        </message>
        <message>
            <source>a notify step has a message</source>
            <translation>a notify step has a message</translation>
        </message>
        <message>
            <source>a wait step names its condition</source>
            <translation>a wait step names its condition</translation>
        </message>
        <message>
            <source>an approval step is a supervisor's</source>
            <translation>an approval step is a supervisor's</translation>
        </message>
        <message>
            <source>the start step '%1' does not exist</source>
            <translation>the start step '%1' does not exist</translation>
        </message>
        <message>
            <source>step '%1' goes to '%2', which does not exist</source>
            <translation>step '%1' goes to '%2', which does not exist</translation>
        </message>
        <message>
            <source>a run cannot start with an approval</source>
            <translation>a run cannot start with an approval</translation>
        </message>
        <message>
            <source>the steps form a cycle: %1</source>
            <translation>the steps form a cycle: %1</translation>
        </message>
        <message>
            <source>step '%1' cannot be reached from the start</source>
            <translation>step '%1' cannot be reached from the start</translation>
        </message>
        <message>
            <source>%1: a template with the id '%2' is loaded already</source>
            <translation>%1: a template with the id '%2' is loaded already</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: cannot be read (%2)</translation>
        </message>
        <message>
            <source>%1: not JSON at byte %2 (%3)</source>
            <translation>%1: not JSON at byte %2 (%3)</translation>
        </message>
        <message>
            <source>%1: /: a template is a JSON object</source>
            <translation>%1: /: a template is a JSON object</translation>
        </message>
        <message>
            <source>The SOP template folder %1 does not exist.</source>
            <translation>The SOP template folder %1 does not exist.</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopTimelineText</name>
        <message>
            <source>%1 started "%2" for the alert "%3".</source>
            <translation>%1 started "%2" for the alert "%3".</translation>
        </message>
        <message numerus="yes">
            <source>"%1" is for the %2, within %n minute(s).</source>
            <translation>
                <numerusform>"%1" is for the %2, within %n minute.</numerusform>
                <numerusform>"%1" is for the %2, within %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is for the %2.</source>
            <translation>"%1" is for the %2.</translation>
        </message>
        <message>
            <source>"%1" is over: the alert was resolved.</source>
            <translation>"%1" is over: the alert was resolved.</translation>
        </message>
        <message numerus="yes">
            <source>"%1": %n message(s) handed over for delivery.</source>
            <translation>
                <numerusform>"%1": %n message handed over for delivery.</numerusform>
                <numerusform>"%1": %n messages handed over for delivery.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 did "%2".</source>
            <translation>%1 did "%2".</translation>
        </message>
        <message>
            <source>%1 did "%2": %3</source>
            <translation>%1 did "%2": %3</translation>
        </message>
        <message>
            <source>%1 skipped "%2": %3</source>
            <translation>%1 skipped "%2": %3</translation>
        </message>
        <message>
            <source>"%1" waits for a supervisor's approval.</source>
            <translation>"%1" waits for a supervisor's approval.</translation>
        </message>
        <message>
            <source>%1 approved "%2".</source>
            <translation>%1 approved "%2".</translation>
        </message>
        <message>
            <source>%1 rejected "%2": %3</source>
            <translation>%1 rejected "%2": %3</translation>
        </message>
        <message>
            <source>"%1" is overdue: escalated to the supervisor.</source>
            <translation>"%1" is overdue: escalated to the supervisor.</translation>
        </message>
        <message>
            <source>Message delivered to %1 (%2).</source>
            <translation>Message delivered to %1 (%2).</translation>
        </message>
        <message>
            <source>No message could be sent (%1): %2</source>
            <translation>No message could be sent (%1): %2</translation>
        </message>
        <message>
            <source>Message to %1 (%2) failed: %3</source>
            <translation>Message to %1 (%2) failed: %3</translation>
        </message>
        <message>
            <source>The alert was resolved.</source>
            <translation>The alert was resolved.</translation>
        </message>
        <message>
            <source>The SOP closed itself: the alert was resolved.</source>
            <translation>The SOP closed itself: the alert was resolved.</translation>
        </message>
        <message>
            <source>The SOP is closed.</source>
            <translation>The SOP is closed.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>reached</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
    </context>
    <context>
        <name>ioc::StoreText</name>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message>
            <source>%1: not of the form postgresql://user@host:port/db</source>
            <translation>%1: not of the form postgresql://user@host:port/db</translation>
        </message>
        <message>
            <source>%1: cannot create its folder</source>
            <translation>%1: cannot create its folder</translation>
        </message>
        <message>
            <source>%1: the Qt Sql driver is missing (install libqt6sql6-sqlite or libqt6sql6-psql)</source>
            <translation>%1: the Qt Sql driver is missing (install libqt6sql6-sqlite or libqt6sql6-psql)</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>cannot open</translation>
        </message>
        <message>
            <source>not a usable SQLite database</source>
            <translation>not a usable SQLite database</translation>
        </message>
        <message>
            <source>cannot configure the session</source>
            <translation>cannot configure the session</translation>
        </message>
        <message>
            <source>cannot start a transaction</source>
            <translation>cannot start a transaction</translation>
        </message>
        <message>
            <source>cannot commit</source>
            <translation>cannot commit</translation>
        </message>
        <message>
            <source>cannot read the schema version</source>
            <translation>cannot read the schema version</translation>
        </message>
        <message>
            <source>%1: its schema version %2 is newer than this program's %3; refusing to open it (install a newer IOC Desk)</source>
            <translation>%1: its schema version %2 is newer than this program's %3; refusing to open it (install a newer IOC Desk)</translation>
        </message>
        <message>
            <source>migration %1 is missing from this build</source>
            <translation>migration %1 is missing from this build</translation>
        </message>
        <message>
            <source>migration %1 failed</source>
            <translation>migration %1 failed</translation>
        </message>
    </context>
    <context>
        <name>ioc::TileLayer</name>
        <message>
            <source>Some map tiles could not be loaded from %1: %2</source>
            <translation>Some map tiles could not be loaded from %1: %2</translation>
        </message>
        <message>
            <source>Cannot open the map tiles %1: %2</source>
            <translation>Cannot open the map tiles %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ioc::VectorLayer</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: 1 feature left out: </source>
            <translation>%1: 1 feature left out: </translation>
        </message>
        <message>
            <source>%1: %2 features left out: </source>
            <translation>%1: %2 features left out: </translation>
        </message>
        <message>
            <source>; and %1 more</source>
            <translation>; and %1 more</translation>
        </message>
    </context>
</TS>
