<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AboutScreen</name>
        <message>
            <source>Noto Sans font: Google and the Noto project, SIL Open Font License 1.1</source>
            <translation>Phông chữ Noto Sans: Google và dự án Noto, giấy phép SIL Open Font License 1.1</translation>
        </message>
        <message>
            <source>Qt 6, spdlog, OpenCV, libcurl, libsodium and SQLite: see the package's copyright file</source>
            <translation>Qt 6, spdlog, OpenCV, libcurl, libsodium và SQLite: xem tệp bản quyền của gói cài đặt</translation>
        </message>
        <message>
            <source>IOC Desk</source>
            <translation>IOC Desk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Phiên bản %1</translation>
        </message>
        <message>
            <source>The native control-room client of a provincial Intelligent Operations Center: map, camera wall, dashboards against plan, alerts and standard operating procedures, working offline.</source>
            <translation>Phần mềm điều hành của Trung tâm giám sát, điều hành thông minh cấp tỉnh: bản đồ, tường camera, chỉ tiêu so với kế hoạch, cảnh báo và quy trình nghiệp vụ chuẩn (SOP), hoạt động cả khi không có mạng.</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Ghi công</translation>
        </message>
        <message>
            <source>Administrative boundaries 2025 after sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database (MIT)</source>
            <translation>Ranh giới hành chính 2025 theo sapnhap.bando.com.vn, qua thanglequoc/vietnamese-provinces-database (MIT)</translation>
        </message>
        <message>
            <source>Demo province records: synthetic, generated from a seed; any likeness to real cases is chance</source>
            <translation>Dữ liệu tỉnh mẫu: tổng hợp, sinh từ một hạt giống; mọi sự trùng khớp với vụ việc thật là ngẫu nhiên</translation>
        </message>
        <message>
            <source>Natural Earth (public domain)</source>
            <translation>Natural Earth (phạm vi công cộng)</translation>
        </message>
        <message>
            <source>NASA SRTM30 relief (public domain)</source>
            <translation>Dữ liệu địa hình NASA SRTM30 (phạm vi công cộng)</translation>
        </message>
    </context>
    <context>
        <name>AccountsScreen</name>
        <message>
            <source>Whole province</source>
            <translation>Toàn tỉnh</translation>
        </message>
        <message>
            <source>Account %1 created.</source>
            <translation>Đã tạo tài khoản %1.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <source>Accounts: %1</source>
            <translation>Số tài khoản: %1</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Đã vô hiệu hóa</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>Bị khóa đến %1</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Đổi vai trò…</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Kích hoạt</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Vô hiệu hóa</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Đặt lại mật khẩu…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Tài khoản mới</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Tên hiển thị</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Areas (codes separated by commas; empty: the whole province)</source>
            <translation>Địa bàn (mã cách nhau bằng dấu phẩy; để trống: toàn tỉnh)</translation>
        </message>
        <message>
            <source>e.g. 32002, 31825</source>
            <translation>ví dụ 32002, 31825</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <source>At least %1 characters, mixing three of: lower case, upper case, digits, other characters.</source>
            <translation>Ít nhất %1 ký tự, gồm ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự khác.</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Tạo tài khoản</translation>
        </message>
        <message>
            <source>Change the role of %1</source>
            <translation>Đổi vai trò của %1</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Đổi vai trò</translation>
        </message>
        <message>
            <source>Reset the password of %1</source>
            <translation>Đặt lại mật khẩu của %1</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Mật khẩu mới</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>Nhập lại mật khẩu mới</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Đặt lại mật khẩu</translation>
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
            <translation>cho phép %1–%2</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>ngưỡng %1</translation>
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
            <translation>tiếp nhận %1</translation>
        </message>
        <message>
            <source>pending since %1</source>
            <translation>chờ xử lý từ %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>hạn %1</translation>
        </message>
        <message>
            <source>was due %1</source>
            <translation>đã quá hạn từ %1</translation>
        </message>
        <message>
            <source>%1: %2 cases within %3 m in %4 h</source>
            <extracomment>A hot spot alert's title: rule name, number of cases, radius, hours</extracomment>
            <translation>%1: %2 sự vụ trong bán kính %3 m trong %4 giờ</translation>
        </message>
        <message>
            <source>cannot read the connector status</source>
            <translation>không đọc được trạng thái bộ kết nối</translation>
        </message>
        <message>
            <source>down (%1)</source>
            <translation>mất kết nối (%1)</translation>
        </message>
        <message>
            <source>no data since %1</source>
            <translation>không có dữ liệu từ %1</translation>
        </message>
        <message>
            <source>it started</source>
            <translation>khi khởi động</translation>
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
            <translation>không lưu được chi tiết cảnh báo %1</translation>
        </message>
    </context>
    <context>
        <name>AlertRuleText</name>
        <message>
            <source>is not a field of a %1 rule</source>
            <translation>không phải trường của luật loại %1</translation>
        </message>
        <message>
            <source>"%1" is not a connector condition (down, stale, down_or_stale)</source>
            <translation>"%1" không phải điều kiện của bộ kết nối (down, stale, down_or_stale)</translation>
        </message>
        <message>
            <source>is required by a %1 rule but missing</source>
            <translation>bắt buộc với luật loại %1 nhưng bị thiếu</translation>
        </message>
        <message>
            <source>give either assetKind or assets (exactly one)</source>
            <translation>cần nêu assetKind hoặc assets (đúng một trong hai)</translation>
        </message>
        <message>
            <source>is not used with operator outside (use min and max)</source>
            <translation>không dùng với operator outside (hãy dùng min và max)</translation>
        </message>
        <message>
            <source>operator outside needs min or minProperty</source>
            <translation>operator outside cần min hoặc minProperty</translation>
        </message>
        <message>
            <source>operator outside needs max or maxProperty</source>
            <translation>operator outside cần max hoặc maxProperty</translation>
        </message>
        <message>
            <source>%1 is not above min %2</source>
            <translation>%1 không lớn hơn min %2</translation>
        </message>
        <message>
            <source>is only used with operator outside</source>
            <translation>chỉ dùng với operator outside</translation>
        </message>
        <message>
            <source>operator %1 needs threshold or thresholdProperty</source>
            <translation>operator %1 cần threshold hoặc thresholdProperty</translation>
        </message>
        <message>
            <source>is not used with condition overdue</source>
            <translation>không dùng với condition overdue</translation>
        </message>
        <message>
            <source>"%1" is not a case deadline (not_received_after_hours, near_due, overdue)</source>
            <translation>"%1" không phải loại hạn xử lý sự vụ (not_received_after_hours, near_due, overdue)</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: không đọc được (%2)</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2 (%3)</source>
            <translation>%1: JSON không hợp lệ tại byte %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source> (and %n more)</source>
            <translation>
                <numerusform> (và %n lỗi khác)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2/id: "%3" is already the id of %4</source>
            <translation>%1: %2/id: "%3" đã là mã của %4</translation>
        </message>
        <message>
            <source>%1: %2/indicators/%3: "%4" is not an indicator of the catalogue</source>
            <translation>%1: %2/indicators/%3: "%4" không phải chỉ tiêu trong danh mục</translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message>
            <source>new</source>
            <translation>mới</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>xác nhận</translation>
        </message>
        <message>
            <source>in SOP</source>
            <translation>xử lý theo SOP</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>giải quyết</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>đóng</translation>
        </message>
        <message>
            <source>alert %1 is %2: it cannot be %3</source>
            <extracomment>A refused alert transition: "alert rain/… is closed: it cannot be acknowledged"</extracomment>
            <translation>cảnh báo %1 đang ở trạng thái %2: không thể %3</translation>
        </message>
        <message>
            <source>cannot read the open alerts</source>
            <translation>không đọc được các cảnh báo đang mở</translation>
        </message>
        <message>
            <source>the condition no longer holds</source>
            <translation>điều kiện cảnh báo không còn thỏa mãn</translation>
        </message>
        <message>
            <source>back in range</source>
            <translation>đã trở lại trong ngưỡng</translation>
        </message>
        <message>
            <source>cannot read alert %1</source>
            <translation>không đọc được cảnh báo %1</translation>
        </message>
        <message>
            <source>cannot read the alerts grouped under %1</source>
            <translation>không đọc được các cảnh báo gộp vào %1</translation>
        </message>
        <message>
            <source>there is no alert %1</source>
            <translation>không có cảnh báo %1</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>tạm hoãn</translation>
        </message>
        <message>
            <source>a snooze needs a reason</source>
            <translation>tạm hoãn cần có lý do</translation>
        </message>
        <message>
            <source>a snooze must end in the future</source>
            <translation>thời điểm hết tạm hoãn phải ở tương lai</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>giao đơn vị</translation>
        </message>
        <message>
            <source>name the unit to assign the alert to</source>
            <translation>hãy nêu đơn vị được giao cảnh báo</translation>
        </message>
        <message>
            <source>put in an SOP</source>
            <translation>đưa vào quy trình SOP</translation>
        </message>
        <message>
            <source>resolved with its group (%1)</source>
            <translation>giải quyết cùng nhóm (%1)</translation>
        </message>
        <message>
            <source>say why the alert is resolved</source>
            <translation>hãy nêu lý do giải quyết cảnh báo</translation>
        </message>
        <message>
            <source>closed before it is resolved</source>
            <translation>đóng khi chưa giải quyết</translation>
        </message>
        <message>
            <source>alert %1 has no position</source>
            <translation>cảnh báo %1 không có vị trí</translation>
        </message>
        <message>
            <source>cannot read the units' positions</source>
            <translation>không đọc được vị trí các tổ tuần tra</translation>
        </message>
        <message>
            <source>given a unit</source>
            <translation>điều động tổ tuần tra</translation>
        </message>
        <message>
            <source>alert %1 has no position to send a unit to</source>
            <translation>cảnh báo %1 không có vị trí để điều động tổ tuần tra tới</translation>
        </message>
        <message>
            <source>%1 is not a patrol unit</source>
            <translation>%1 không phải tổ tuần tra</translation>
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
            <translation>còn %1 phút</translation>
        </message>
        <message>
            <source>overdue by %1 min</source>
            <translation>quá hạn %1 phút</translation>
        </message>
        <message>
            <source>Select an alert to see where it is, with the nearest units and cameras.</source>
            <translation>Chọn một cảnh báo để xem vị trí, các tổ tuần tra và camera gần nhất.</translation>
        </message>
        <message>
            <source>The alerts are handled by the centre's server: this console shows the list only.</source>
            <translation>Cảnh báo do máy chủ của Trung tâm xử lý: máy trạm này chỉ hiển thị danh sách.</translation>
        </message>
        <message>
            <source>Rule %1</source>
            <translation>Luật %1</translation>
        </message>
        <message>
            <source>ward %1</source>
            <translation>phường/xã %1</translation>
        </message>
        <message>
            <source>raised %1</source>
            <translation>phát sinh lúc %1</translation>
        </message>
        <message>
            <source>%1 alerts in the group</source>
            <translation>%1 cảnh báo trong nhóm</translation>
        </message>
        <message>
            <source>Acknowledged by %1: %2</source>
            <translation>Đã xác nhận bởi %1: %2</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>Đã giao cho %1</translation>
        </message>
        <message>
            <source>Dispatched: %1 at %2</source>
            <translation>Đã điều động: %1 lúc %2</translation>
        </message>
        <message>
            <source>Comment or reason</source>
            <translation>Ghi chú hoặc lý do</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>15 min</source>
            <translation>15 phút</translation>
        </message>
        <message>
            <source>30 min</source>
            <translation>30 phút</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 giờ</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 giờ</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Tạm hoãn</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Giải quyết</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Unit to assign the alert to</source>
            <translation>Đơn vị được giao xử lý cảnh báo</translation>
        </message>
        <message>
            <source>Assign to a unit</source>
            <translation>Giao đơn vị</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <source>%1° N, %2° E</source>
            <translation>%1° B, %2° Đ</translation>
        </message>
        <message>
            <source>This alert has no position.</source>
            <translation>Cảnh báo này không có vị trí.</translation>
        </message>
        <message>
            <source>Ward %1</source>
            <translation>Phường/xã %1</translation>
        </message>
        <message>
            <source>nearest unit %1</source>
            <translation>tổ gần nhất %1</translation>
        </message>
        <message>
            <source>nearest camera %1</source>
            <translation>camera gần nhất %1</translation>
        </message>
        <message>
            <source>View on the map</source>
            <translation>Xem trên bản đồ</translation>
        </message>
        <message>
            <source>Nearest cameras</source>
            <translation>Camera gần nhất</translation>
        </message>
        <message>
            <source>No camera nearby.</source>
            <translation>Không có camera ở gần.</translation>
        </message>
        <message>
            <source>Related case</source>
            <translation>Sự vụ liên quan</translation>
        </message>
        <message>
            <source>SOP</source>
            <translation>Quy trình SOP</translation>
        </message>
        <message>
            <source>No SOP run for this alert.</source>
            <translation>Cảnh báo này chưa có quy trình SOP.</translation>
        </message>
        <message>
            <source>Run closed (%1 of %2 steps)</source>
            <translation>Quy trình đã đóng (%1/%2 bước)</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Bước %1/%2: %3</translation>
        </message>
        <message>
            <source>awaiting a supervisor's approval</source>
            <translation>chờ trưởng ca phê duyệt</translation>
        </message>
        <message>
            <source>Nearest patrol units</source>
            <translation>Tổ tuần tra gần nhất</translation>
        </message>
        <message>
            <source>No patrol unit with a known position.</source>
            <translation>Không có tổ tuần tra nào có vị trí.</translation>
        </message>
        <message>
            <source>%1 · about %2 min</source>
            <translation>%1 · khoảng %2 phút</translation>
        </message>
        <message>
            <source>moving</source>
            <translation>đang di chuyển</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Đã điều động</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>Điều động</translation>
        </message>
        <message>
            <source>Cameras nearby on the wall</source>
            <translation>Đưa camera lân cận lên tường</translation>
        </message>
        <message>
            <source>False alarm</source>
            <translation>Báo động giả</translation>
        </message>
        <message>
            <source>Recorded as a false alarm, with the snapshot.</source>
            <translation>Đã ghi nhận là báo động giả, kèm ảnh chụp.</translation>
        </message>
    </context>
    <context>
        <name>AlertViewText</name>
        <message>
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Đã xác nhận</translation>
        </message>
        <message>
            <source>In SOP</source>
            <translation>Đang xử lý theo SOP</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Đã xử lý</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
        <message>
            <source>cannot read the alerts</source>
            <translation>không đọc được danh sách cảnh báo</translation>
        </message>
        <message>
            <source>the system</source>
            <translation>hệ thống</translation>
        </message>
        <message>
            <source>raised by rule %1, grouped under %2</source>
            <translation>phát sinh theo luật %1, gộp vào %2</translation>
        </message>
        <message>
            <source>raised by rule %1</source>
            <translation>phát sinh theo luật %1</translation>
        </message>
        <message>
            <source>alert %1 joined the group (%2 in all)</source>
            <translation>cảnh báo %1 được gộp vào nhóm (tổng cộng %2)</translation>
        </message>
        <message>
            <source>acknowledged by %1: %2</source>
            <translation>%1 đã xác nhận: %2</translation>
        </message>
        <message>
            <source>snoozed by %1 until %2: %3</source>
            <translation>%1 đã tạm hoãn đến %2: %3</translation>
        </message>
        <message>
            <source>assigned by %1 to %2</source>
            <translation>%1 đã giao cho đơn vị %2</translation>
        </message>
        <message>
            <source>SOP run %1 started</source>
            <translation>đã khởi động lượt chạy quy trình SOP %1</translation>
        </message>
        <message>
            <source>resolved by %1: %2</source>
            <translation>%1 đã giải quyết: %2</translation>
        </message>
        <message>
            <source>closed by %1</source>
            <translation>%1 đã đóng</translation>
        </message>
        <message>
            <source>%1 dispatched %2 (%3 m away)</source>
            <translation>%1 đã điều động %2 (cách %3 m)</translation>
        </message>
        <message>
            <source>%1 arrived</source>
            <translation>%1 đã đến hiện trường</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>the alerts are not available</source>
            <translation>không truy cập được danh sách cảnh báo</translation>
        </message>
        <message>
            <source>there is no alert %1</source>
            <translation>không có cảnh báo %1</translation>
        </message>
        <message>
            <source>"%1" is not a unit key (source/id)</source>
            <translation>"%1" không phải mã lực lượng (source/id)</translation>
        </message>
    </context>
    <context>
        <name>AlertsScreen</name>
        <message>
            <source>Alerts</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Đã xác nhận</translation>
        </message>
        <message>
            <source>In SOP</source>
            <translation>Đang xử lý theo SOP</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Đã xử lý</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
        <message>
            <source>Weather</source>
            <translation>Thời tiết</translation>
        </message>
        <message>
            <source>Public order</source>
            <translation>An ninh trật tự</translation>
        </message>
        <message>
            <source>Field reports</source>
            <translation>Phản ánh hiện trường</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Hệ thống</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Chưa xong</translation>
        </message>
        <message>
            <source>Resolved or closed</source>
            <translation>Đã giải quyết hoặc đã đóng</translation>
        </message>
        <message>
            <source>%1 shown</source>
            <translation>Đang hiển thị %1</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Mọi mức độ</translation>
        </message>
        <message>
            <source>Every domain</source>
            <translation>Mọi lĩnh vực</translation>
        </message>
        <message>
            <source>No alert matches these filters.</source>
            <translation>Không có cảnh báo nào khớp bộ lọc.</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>tạm hoãn</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsEditor</name>
        <message>
            <source>Analytics of %1</source>
            <translation>Phân tích hình ảnh của %1</translation>
        </message>
        <message>
            <source>Click on the picture to draw a zone (3 points at least).</source>
            <translation>Nhấp lên hình để vẽ vùng (tối thiểu 3 điểm).</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s); finish the zone when it is closed.</source>
            <translation>
                <numerusform>%n điểm; bấm hoàn tất khi vùng đã khép kín.</numerusform>
            </translation>
        </message>
        <message>
            <source>Intrusion zone</source>
            <translation>Vùng cấm xâm nhập</translation>
        </message>
        <message>
            <source>Crowd zone</source>
            <translation>Vùng theo dõi tụ tập</translation>
        </message>
        <message>
            <source>Finish zone</source>
            <translation>Hoàn tất vùng</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Xóa hết</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %n point(s)</source>
            <translation>
                <numerusform>%1 · %2 · %n điểm</numerusform>
            </translation>
        </message>
        <message>
            <source>crowd</source>
            <translation>tụ tập</translation>
        </message>
        <message>
            <source>intrusion</source>
            <translation>xâm nhập</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Smallest object (% of the picture)</source>
            <translation>Vật thể nhỏ nhất (% khung hình)</translation>
        </message>
        <message>
            <source>Dwell (seconds)</source>
            <translation>Thời gian lưu lại (giây)</translation>
        </message>
        <message>
            <source>Watched from (HH:mm, empty: always)</source>
            <translation>Theo dõi từ (HH:mm, để trống: luôn theo dõi)</translation>
        </message>
        <message>
            <source>Watched until (HH:mm)</source>
            <translation>Theo dõi đến (HH:mm)</translation>
        </message>
        <message>
            <source>Crowd: count people</source>
            <translation>Tụ tập: đếm người</translation>
        </message>
        <message>
            <source>People for a crowd</source>
            <translation>Số người coi là tụ tập</translation>
        </message>
        <message>
            <source>For (seconds)</source>
            <translation>Trong (giây)</translation>
        </message>
        <message>
            <source>Motion threshold (0–255)</source>
            <translation>Ngưỡng chuyển động (0–255)</translation>
        </message>
        <message>
            <source>Frames analysed per second</source>
            <translation>Số khung hình phân tích mỗi giây</translation>
        </message>
        <message>
            <source>Saved: the camera's analytics run with these settings.</source>
            <translation>Đã lưu: camera được phân tích theo các thiết lập này.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>Every action</source>
            <translation>Mọi thao tác</translation>
        </message>
        <message>
            <source>Sign-ins and failed sign-ins</source>
            <translation>Đăng nhập và đăng nhập thất bại</translation>
        </message>
        <message>
            <source>Use of privileges</source>
            <translation>Sử dụng quyền</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Phê duyệt</translation>
        </message>
        <message>
            <source>Account changes</source>
            <translation>Thay đổi tài khoản</translation>
        </message>
        <message>
            <source>Shift handovers</source>
            <translation>Bàn giao ca</translation>
        </message>
        <message>
            <source>Audit exports</source>
            <translation>Xuất nhật ký kiểm tra</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>1 giờ qua</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>24 giờ qua</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 ngày qua</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Toàn bộ</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Nhật ký kiểm tra</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Xuất CSV</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Đã xuất ra %1</translation>
        </message>
        <message>
            <source>Entries: %1</source>
            <translation>Số mục: %1</translation>
        </message>
    </context>
    <context>
        <name>CasesScreen</name>
        <message>
            <source>Any status</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Chưa xong</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sự vụ</translation>
        </message>
        <message>
            <source>%1 shown of %2</source>
            <translation>Hiển thị %1 trên %2</translation>
        </message>
        <message>
            <source>Search title or code</source>
            <translation>Tìm theo tiêu đề hoặc mã</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Tất cả loại</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Xã, phường</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Tiếp nhận</translation>
        </message>
        <message>
            <source>The cases cannot be shown: %1</source>
            <translation>Không hiển thị được sự vụ: %1</translation>
        </message>
        <message>
            <source>No case matches these filters.</source>
            <translation>Không có sự vụ nào khớp với bộ lọc.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueText</name>
        <message>
            <source>not a Qt plugin, or its metadata cannot be read: %1</source>
            <translation>không phải phần bổ trợ Qt, hoặc không đọc được siêu dữ liệu của nó: %1</translation>
        </message>
        <message>
            <source>it implements the interface "%1", not "%2" that this IOC Desk loads</source>
            <translation>nó triển khai giao diện lập trình "%1", không phải "%2" mà bản IOC Desk này nạp</translation>
        </message>
        <message>
            <source>its metadata does not follow plugins/connector.schema.json: %1</source>
            <translation>siêu dữ liệu của nó không tuân theo plugins/connector.schema.json: %1</translation>
        </message>
        <message>
            <source>another plugin with the id "%1" was found first: %2</source>
            <translation>đã tìm thấy trước một phần bổ trợ khác có mã "%1": %2</translation>
        </message>
        <message>
            <source>no connector plugin "%1" was found</source>
            <translation>không tìm thấy phần bổ trợ bộ kết nối "%1"</translation>
        </message>
        <message>
            <source>cannot be loaded: %1</source>
            <translation>không nạp được: %1</translation>
        </message>
        <message>
            <source>its exported object is not a connector factory</source>
            <translation>đối tượng mà nó xuất ra không phải là đối tượng tạo bộ kết nối</translation>
        </message>
        <message>
            <source>connector %1: no connector plugin "%2" was found</source>
            <translation>bộ kết nối %1: không tìm thấy phần bổ trợ bộ kết nối "%2"</translation>
        </message>
        <message>
            <source>connector %1: its config does not fit the plugin %2: %3</source>
            <translation>bộ kết nối %1: cấu hình không phù hợp với phần bổ trợ %2: %3</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>IOC Desk: the control-room client of a provincial Intelligent Operations Center.</source>
            <translation>IOC Desk: phần mềm điều hành của Trung tâm giám sát, điều hành thông minh cấp tỉnh.</translation>
        </message>
        <message>
            <source>Run on the embedded demo province, fully offline.</source>
            <translation>Chạy với dữ liệu tỉnh mẫu có sẵn, hoàn toàn không cần mạng.</translation>
        </message>
        <message>
            <source>Read the settings from &lt;file&gt; (JSON).</source>
            <translation>Đọc cấu hình từ &lt;tệp&gt; (JSON).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>tệp</translation>
        </message>
        <message>
            <source>The data store: a SQLite file path or postgresql://user@host:port/db.</source>
            <translation>Kho dữ liệu: đường dẫn tệp SQLite hoặc postgresql://user@host:port/db.</translation>
        </message>
        <message>
            <source>url</source>
            <translation>địa-chỉ</translation>
        </message>
        <message>
            <source>Language of the interface: vi (default) or en.</source>
            <translation>Ngôn ngữ giao diện: vi (mặc định) hoặc en.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>ngôn-ngữ</translation>
        </message>
        <message>
            <source>Run as the video wall described by &lt;profile&gt;.</source>
            <translation>Chạy làm tường video theo &lt;cấu-hình&gt;.</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>cấu-hình</translation>
        </message>
        <message>
            <source>Open the main window on screen number &lt;n&gt; (0 is the first).</source>
            <translation>Mở cửa sổ chính trên màn hình số &lt;n&gt; (0 là màn hình đầu tiên).</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>Run connectors, rules and timers without a user interface.</source>
            <translation>Chạy các bộ kết nối, luật cảnh báo và bộ hẹn giờ mà không có giao diện.</translation>
        </message>
        <message>
            <source>Load the whole interface, show every screen once, exit 0 if all loaded.</source>
            <translation>Nạp toàn bộ giao diện, hiển thị mỗi màn hình một lần, thoát với mã 0 nếu tất cả nạp được.</translation>
        </message>
        <message>
            <source>Write one PNG per main screen into &lt;dir&gt;, then exit.</source>
            <translation>Ghi mỗi màn hình chính thành một ảnh PNG vào &lt;thư-mục&gt;, rồi thoát.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>thư-mục</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>đối số không mong đợi '%1'</translation>
        </message>
        <message>
            <source>--lang: unknown language '%1' (available: %2)</source>
            <translation>--lang: ngôn ngữ không xác định '%1' (có sẵn: %2)</translation>
        </message>
        <message>
            <source>--screen: '%1' is not a screen number</source>
            <translation>--screen: '%1' không phải là số thứ tự màn hình</translation>
        </message>
        <message>
            <source>--wall: the profile name is empty</source>
            <translation>--wall: tên cấu hình đang để trống</translation>
        </message>
        <message>
            <source>--screenshot: the folder is empty</source>
            <translation>--screenshot: thư mục đang để trống</translation>
        </message>
        <message>
            <source>--self-test and --screenshot cannot be combined</source>
            <translation>không thể dùng --self-test cùng với --screenshot</translation>
        </message>
        <message>
            <source>--headless has no user interface to test or capture</source>
            <translation>--headless không có giao diện để kiểm tra hay chụp ảnh</translation>
        </message>
        <message>
            <source>--db: the database is empty</source>
            <translation>--db: cơ sở dữ liệu đang để trống</translation>
        </message>
        <message>
            <source>--db: unsupported database '%1' (use a SQLite file path or postgresql://user@host:port/db)</source>
            <translation>--db: không hỗ trợ cơ sở dữ liệu '%1' (dùng đường dẫn tệp SQLite hoặc postgresql://user@host:port/db)</translation>
        </message>
        <message>
            <source>--db: '%1' is not of the form postgresql://user@host:port/db</source>
            <translation>--db: '%1' không có dạng postgresql://user@host:port/db</translation>
        </message>
        <message>
            <source>Check the journal's hash chain in the data store, name the first broken entry, exit.</source>
            <translation>Kiểm tra chuỗi băm của sổ nhật ký trong kho dữ liệu, chỉ ra mục hỏng đầu tiên, rồi thoát.</translation>
        </message>
        <message>
            <source>With --demo: how fast simulated time runs (60 = one minute per second).</source>
            <translation>Dùng với --demo: tốc độ thời gian mô phỏng (60 = một phút mỗi giây).</translation>
        </message>
        <message>
            <source>factor</source>
            <translation>hệ-số</translation>
        </message>
        <message>
            <source>With --demo: the seed of the demo province and its simulator.</source>
            <translation>Dùng với --demo: hạt giống sinh dữ liệu tỉnh mẫu và bộ mô phỏng.</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>hạt-giống</translation>
        </message>
        <message>
            <source>--demo-speed: '%1' is not a factor between 0.1 and 3600</source>
            <translation>--demo-speed: '%1' không phải hệ số trong khoảng 0.1 đến 3600</translation>
        </message>
        <message>
            <source>--demo-seed: '%1' is not a whole number</source>
            <translation>--demo-seed: '%1' không phải số nguyên</translation>
        </message>
        <message>
            <source>--demo-speed and --demo-seed go with --demo</source>
            <translation>--demo-speed và --demo-seed chỉ dùng cùng --demo</translation>
        </message>
        <message>
            <source>Run the connectors described in &lt;file&gt; (JSON).</source>
            <translation>Chạy các bộ kết nối được mô tả trong &lt;tệp&gt; (JSON).</translation>
        </message>
        <message>
            <source>--connectors: the file name is empty</source>
            <translation>--connectors: tên tệp bị trống</translation>
        </message>
    </context>
    <context>
        <name>ConnectorSetupText</name>
        <message>
            <source>%1: cannot read the connectors file: %2</source>
            <translation>%1: không đọc được tệp bộ kết nối: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2: %3</source>
            <translation>%1: JSON không hợp lệ tại byte %2: %3</translation>
        </message>
        <message>
            <source>%1: expected an object with a "connectors" list</source>
            <translation>%1: cần một đối tượng có danh sách "connectors"</translation>
        </message>
        <message>
            <source>%1: /connectors/%2/id: "%3" is already used by an earlier connector</source>
            <translation>%1: /connectors/%2/id: "%3" đã được dùng cho một bộ kết nối phía trước</translation>
        </message>
    </context>
    <context>
        <name>ConnectorStateText</name>
        <message>
            <source>cannot read the checkpoint of %1</source>
            <translation>không đọc được điểm kiểm tra của %1</translation>
        </message>
        <message>
            <source>cannot save the checkpoint of %1</source>
            <translation>không lưu được điểm kiểm tra của %1</translation>
        </message>
        <message>
            <source>cannot quarantine records</source>
            <translation>không cách ly được bản ghi</translation>
        </message>
        <message>
            <source>cannot quarantine a record of %1</source>
            <translation>không cách ly được một bản ghi của %1</translation>
        </message>
        <message>
            <source>cannot read quarantined record %1</source>
            <translation>không đọc được bản ghi bị cách ly %1</translation>
        </message>
        <message>
            <source>cannot update quarantined record %1</source>
            <translation>không cập nhật được bản ghi bị cách ly %1</translation>
        </message>
        <message>
            <source>cannot save the status of %1</source>
            <translation>không lưu được trạng thái của %1</translation>
        </message>
        <message>
            <source>cannot read the status of %1</source>
            <translation>không đọc được trạng thái của %1</translation>
        </message>
        <message>
            <source>cannot read the connector status</source>
            <translation>không đọc được trạng thái bộ kết nối</translation>
        </message>
    </context>
    <context>
        <name>ConnectorText</name>
        <message>
            <source>this connector does not poll; it subscribes</source>
            <translation>bộ kết nối này không thăm dò định kỳ; nó đăng ký nhận dữ liệu</translation>
        </message>
        <message>
            <source>this connector does not subscribe; it polls</source>
            <translation>bộ kết nối này không đăng ký nhận dữ liệu; nó thăm dò định kỳ</translation>
        </message>
        <message>
            <source>this connector cannot read a quarantined record again</source>
            <translation>bộ kết nối này không thể đọc lại bản ghi bị cách ly</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsScreen</name>
        <message>
            <source>Connectors</source>
            <translation>Bộ kết nối</translation>
        </message>
        <message>
            <source>Connectors: %1 · down: %2 · stale: %3</source>
            <translation>Bộ kết nối: %1 · đang lỗi: %2 · dữ liệu cũ: %3</translation>
        </message>
        <message>
            <source>Some connectors cannot run:</source>
            <translation>Một số bộ kết nối không chạy được:</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Bộ kết nối</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Lần thành công gần nhất</translation>
        </message>
        <message>
            <source>Data age</source>
            <translation>Tuổi dữ liệu</translation>
        </message>
        <message>
            <source>Records today</source>
            <translation>Bản ghi hôm nay</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Tỷ lệ lỗi</translation>
        </message>
        <message>
            <source>No connector has reported yet.</source>
            <translation>Chưa có bộ kết nối nào báo cáo.</translation>
        </message>
        <message>
            <source>no data yet</source>
            <translation>chưa có dữ liệu</translation>
        </message>
        <message>
            <source>Last error (%1): %2</source>
            <translation>Lỗi gần nhất (%1): %2</translation>
        </message>
        <message>
            <source>Next attempt: %1 · circuit breaker: %2</source>
            <translation>Lần thử tiếp theo: %1 · bộ ngắt mạch: %2</translation>
        </message>
        <message>
            <source>Poll now</source>
            <translation>Thăm dò ngay</translation>
        </message>
        <message>
            <source>Quarantine of %1</source>
            <translation>Bản ghi bị cách ly của %1</translation>
        </message>
        <message>
            <source>Quarantine of every connector</source>
            <translation>Bản ghi bị cách ly của mọi bộ kết nối</translation>
        </message>
        <message>
            <source>Held records: %1</source>
            <translation>Bản ghi đang bị giữ lại: %1</translation>
        </message>
        <message>
            <source>No record is held.</source>
            <translation>Không có bản ghi nào bị giữ lại.</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · received %3 · %n attempt(s) · %4 bytes</source>
            <translation>
                <numerusform>%1 · %2 · nhận lúc %3 · %n lần thử · %4 byte</numerusform>
            </translation>
        </message>
        <message>
            <source>Not valid UTF-8: invalid bytes shown as �</source>
            <translation>Không phải UTF-8 hợp lệ: các byte không hợp lệ được hiển thị thành �</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Loại bỏ</translation>
        </message>
    </context>
    <context>
        <name>CsvDropText</name>
        <message>
            <source>the checkpoint is not one this connector wrote</source>
            <translation>điểm kiểm tra không phải do bộ kết nối này ghi</translation>
        </message>
        <message>
            <source>folder, url: give exactly one of them</source>
            <translation>folder, url: cần khai báo đúng một trong hai</translation>
        </message>
        <message>
            <source>url: not an ftp, ftps or sftp URL</source>
            <translation>url: không phải URL ftp, ftps hoặc sftp</translation>
        </message>
        <message>
            <source>folder: '%1' is not a folder</source>
            <translation>folder: '%1' không phải là thư mục</translation>
        </message>
        <message>
            <source>folder: cannot create '%1'</source>
            <translation>folder: không tạo được '%1'</translation>
        </message>
        <message>
            <source>delimiter: must be one ASCII character other than a quote or a line break</source>
            <translation>delimiter: phải là một ký tự ASCII, không phải dấu nháy hay dấu xuống dòng</translation>
        </message>
        <message>
            <source>encoding: only utf-8 is read (with or without a byte order mark), not '%1'</source>
            <translation>encoding: chỉ đọc được utf-8 (có hoặc không có dấu thứ tự byte), không đọc được '%1'</translation>
        </message>
        <message>
            <source>maxFileMegabytes: must be more than 0</source>
            <translation>maxFileMegabytes: phải lớn hơn 0</translation>
        </message>
        <message>
            <source>the quarantined payload has no header line</source>
            <translation>dữ liệu bị cách ly không có dòng tiêu đề</translation>
        </message>
        <message>
            <source>the quarantined payload is not a header and one row</source>
            <translation>dữ liệu bị cách ly không gồm đúng một dòng tiêu đề và một dòng dữ liệu</translation>
        </message>
        <message>
            <source>%1: cannot move it to %2</source>
            <translation>%1: không chuyển được sang %2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is more than the limit of %3</source>
            <translation>%1: %2 byte, vượt quá giới hạn %3</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: không đọc được (%2)</translation>
        </message>
        <message>
            <source>%1: the file is empty (no header line)</source>
            <translation>%1: tệp trống (không có dòng tiêu đề)</translation>
        </message>
        <message>
            <source>%1 line 1: column %2 of the header is not valid UTF-8 (byte %3); save the file as UTF-8</source>
            <translation>%1 dòng 1: cột %2 của dòng tiêu đề không phải UTF-8 hợp lệ (byte %3); hãy lưu tệp dưới dạng UTF-8</translation>
        </message>
        <message>
            <source>%1 line 1: column %2 of the header has no name</source>
            <translation>%1 dòng 1: cột %2 của dòng tiêu đề không có tên</translation>
        </message>
        <message>
            <source>%1 line 1: the column '%2' appears twice</source>
            <translation>%1 dòng 1: cột '%2' xuất hiện hai lần</translation>
        </message>
        <message>
            <source>%1 line %2</source>
            <translation>%1 dòng %2</translation>
        </message>
        <message>
            <source>%1: a quoted field is not closed before the end of the file</source>
            <translation>%1: một trường trong dấu nháy chưa được đóng trước khi hết tệp</translation>
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
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Back to the province</source>
            <translation>Về toàn tỉnh</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Latest figures</source>
            <translation>Số liệu mới nhất</translation>
        </message>
    </context>
    <context>
        <name>DemoConnectorText</name>
        <message>
            <source>demo: the checkpoint is not one this connector wrote: %1</source>
            <translation>demo: điểm kiểm tra không phải do bộ kết nối này ghi: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoRehearsalText</name>
        <message>
            <source>The run %1 closed before its approval.</source>
            <translation>Lượt chạy %1 đã đóng trước khi được phê duyệt.</translation>
        </message>
        <message>
            <source>The run %1 has no current step.</source>
            <translation>Lượt chạy %1 không có bước hiện hành.</translation>
        </message>
        <message>
            <source>The step %1 is not the operator's.</source>
            <translation>Bước %1 không thuộc về điều hành viên.</translation>
        </message>
        <message>
            <source>Minutes of the ward's handling, received by e-mail.</source>
            <translation>Biên bản xử lý của phường, nhận qua thư điện tử.</translation>
        </message>
        <message>
            <source>Told the area officer by telephone.</source>
            <translation>Đã báo cán bộ phụ trách địa bàn qua điện thoại.</translation>
        </message>
        <message>
            <source>The step %1 cannot be rehearsed.</source>
            <translation>Không thể diễn tập bước %1.</translation>
        </message>
        <message>
            <source>The run %1 did not reach its approval.</source>
            <translation>Lượt chạy %1 chưa đến bước phê duyệt.</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>Hand over the shift</source>
            <translation>Bàn giao ca trực</translation>
        </message>
        <message>
            <source>Write what the next operator must know. The open alerts are listed for them, and you are signed out.</source>
            <translation>Ghi những điều người trực ca sau cần biết. Các cảnh báo còn mở được liệt kê cho họ, và bạn sẽ được đăng xuất.</translation>
        </message>
        <message>
            <source>Note for the next shift</source>
            <translation>Ghi chú cho ca sau</translation>
        </message>
        <message>
            <source>Hand over and sign out</source>
            <translation>Bàn giao và đăng xuất</translation>
        </message>
    </context>
    <context>
        <name>HandoverNotice</name>
        <message>
            <source>Shift handed over by %1 at %2</source>
            <translation>Ca trực được %1 bàn giao lúc %2</translation>
        </message>
        <message>
            <source>Understood</source>
            <translation>Đã nắm</translation>
        </message>
        <message>
            <source>Alerts open at handover: %1</source>
            <translation>Cảnh báo còn mở khi bàn giao: %1</translation>
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
            <translation>Trung tâm giám sát, điều hành thông minh</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>TRÌNH DIỄN</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Chưa đăng nhập</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Tiếng Anh</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Bàn giao ca</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Đăng xuất</translation>
        </message>
    </context>
    <context>
        <name>HeadlessText</name>
        <message>
            <source>Demo province</source>
            <translation>Tỉnh mẫu</translation>
        </message>
        <message>
            <source>connector plugin %1 rejected: %2</source>
            <translation>phần bổ trợ bộ kết nối %1 bị từ chối: %2</translation>
        </message>
        <message>
            <source>--headless needs the connectors to run: --connectors FILE or the setting connectors.file</source>
            <translation>--headless cần có bộ kết nối để chạy: --connectors &lt;tệp&gt; hoặc thiết lập connectors.file</translation>
        </message>
        <message>
            <source>stopping: the connectors finish their current batch</source>
            <translation>đang dừng: các bộ kết nối hoàn tất lô dữ liệu đang xử lý</translation>
        </message>
        <message numerus="yes">
            <source>headless: %n connector(s) started</source>
            <translation>
                <numerusform>chế độ không giao diện: đã khởi động %n bộ kết nối</numerusform>
            </translation>
        </message>
        <message>
            <source>headless: stopped</source>
            <translation>chế độ không giao diện: đã dừng</translation>
        </message>
        <message>
            <source>Ward reports (CSV files)</source>
            <translation>Phản ánh do phường gửi (tệp CSV)</translation>
        </message>
    </context>
    <context>
        <name>HostText</name>
        <message>
            <source>connector %1: %2</source>
            <translation>bộ kết nối %1: %2</translation>
        </message>
        <message>
            <source>connector %1 does not run on this node</source>
            <translation>bộ kết nối %1 không chạy trên nút này</translation>
        </message>
    </context>
    <context>
        <name>IncidentText</name>
        <message>
            <source>alert %1: the procedure %2 could not start: %3</source>
            <translation>cảnh báo %1: không khởi động được quy trình %2: %3</translation>
        </message>
        <message>
            <source>the procedure %1 is complete</source>
            <translation>quy trình %1 đã hoàn thành</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDetail</name>
        <message>
            <source>seasonal naive</source>
            <translation>lặp theo mùa vụ</translation>
        </message>
        <message>
            <source>Holt's linear trend</source>
            <translation>xu hướng tuyến tính Holt</translation>
        </message>
        <message>
            <source>Holt–Winters</source>
            <translation>Holt–Winters</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Forecast by %1; error measured on past periods (MAPE): %2%</source>
            <translation>Dự báo theo phương pháp %1; sai số đo trên các kỳ đã qua (MAPE): %2%</translation>
        </message>
        <message>
            <source>No forecast: %1</source>
            <translation>Chưa có dự báo: %1</translation>
        </message>
        <message>
            <source>Forecast band (80%)</source>
            <translation>Khoảng dự báo (80%)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Kế hoạch</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Thực hiện</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Dự báo</translation>
        </message>
        <message>
            <source>Wards (tap one to see its indicators)</source>
            <translation>Xã, phường (chạm để xem chỉ tiêu của xã, phường đó)</translation>
        </message>
        <message>
            <source>Ask for an explanation</source>
            <translation>Yêu cầu giải trình</translation>
        </message>
        <message>
            <source>Unit that answers</source>
            <translation>Đơn vị giải trình</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Nội dung yêu cầu</translation>
        </message>
        <message>
            <source>days to answer</source>
            <translation>ngày để trả lời</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Gửi</translation>
        </message>
        <message>
            <source>Request sent.</source>
            <translation>Đã gửi yêu cầu.</translation>
        </message>
    </context>
    <context>
        <name>JsonSchemaText</name>
        <message>
            <source>an array</source>
            <translation>một mảng</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>một đối tượng</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>không có giá trị</translation>
        </message>
        <message>
            <source>%1: a schema must be an object or a boolean</source>
            <translation>%1: lược đồ phải là một đối tượng hoặc giá trị true/false</translation>
        </message>
        <message>
            <source>%1: the keyword '%2' is not supported (outside the subset this program checks)</source>
            <translation>%1: không hỗ trợ từ khóa '%2' (nằm ngoài tập con mà chương trình này kiểm tra)</translation>
        </message>
        <message>
            <source>%1: must be %2</source>
            <translation>%1: phải là %2</translation>
        </message>
        <message>
            <source>a type name or a non-empty list of them</source>
            <translation>một tên kiểu hoặc một danh sách tên kiểu không rỗng</translation>
        </message>
        <message>
            <source>%1: %2 is not a type (%3)</source>
            <translation>%1: %2 không phải là kiểu hợp lệ (%3)</translation>
        </message>
        <message>
            <source>a non-empty array</source>
            <translation>một mảng không rỗng</translation>
        </message>
        <message>
            <source>an array of property names</source>
            <translation>một mảng tên thuộc tính</translation>
        </message>
        <message>
            <source>an object of schemas</source>
            <translation>một đối tượng gồm các lược đồ</translation>
        </message>
        <message>
            <source>a non-empty array of schemas</source>
            <translation>một mảng lược đồ không rỗng</translation>
        </message>
        <message>
            <source>a whole number, 0 or more</source>
            <translation>một số nguyên, từ 0 trở lên</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>một số</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true hoặc false</translation>
        </message>
        <message>
            <source>a regular expression</source>
            <translation>một biểu thức chính quy</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid regular expression (%3)</source>
            <translation>%1: %2 không phải biểu thức chính quy hợp lệ (%3)</translation>
        </message>
        <message>
            <source>%1: only references to "#/$defs/..." are supported, not %2</source>
            <translation>%1: chỉ hỗ trợ tham chiếu tới "#/$defs/...", không hỗ trợ %2</translation>
        </message>
        <message>
            <source>%1: %2 refers to nothing in this schema</source>
            <translation>%1: %2 không trỏ tới thành phần nào trong lược đồ này</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>một chuỗi ký tự</translation>
        </message>
        <message>
            <source>%1: the schema nests too deeply to check (a $ref loop?)</source>
            <translation>%1: lược đồ lồng quá sâu, không kiểm tra được (có vòng lặp $ref?)</translation>
        </message>
        <message>
            <source>%1: no value is allowed here</source>
            <translation>%1: không được phép có giá trị ở đây</translation>
        </message>
        <message>
            <source>%1: expected %2, got %3 %4</source>
            <translation>%1: cần %2, nhận được %3 %4</translation>
        </message>
        <message>
            <source>%1: %2 is not one of %3</source>
            <translation>%1: %2 không thuộc các giá trị %3</translation>
        </message>
        <message>
            <source>%1: must be %2, not %3</source>
            <translation>%1: phải là %2, không phải %3</translation>
        </message>
        <message>
            <source>%1: matches none of the %2 alternatives (the first says: %3)</source>
            <translation>%1: không khớp với phương án nào trong %2 phương án (phương án đầu tiên báo: %3)</translation>
        </message>
        <message>
            <source>%1: matches %2 of the alternatives, exactly one is allowed</source>
            <translation>%1: khớp với %2 phương án, chỉ được phép khớp đúng một</translation>
        </message>
        <message>
            <source>%1: %2 is below the minimum %3</source>
            <translation>%1: %2 nhỏ hơn giá trị tối thiểu %3</translation>
        </message>
        <message>
            <source>%1: %2 is above the maximum %3</source>
            <translation>%1: %2 lớn hơn giá trị tối đa %3</translation>
        </message>
        <message>
            <source>%1: %2 must be greater than %3</source>
            <translation>%1: %2 phải lớn hơn %3</translation>
        </message>
        <message>
            <source>%1: %2 must be less than %3</source>
            <translation>%1: %2 phải nhỏ hơn %3</translation>
        </message>
        <message>
            <source>%1: is %2 characters long, at least %3 are required</source>
            <translation>%1: dài %2 ký tự, cần ít nhất %3 ký tự</translation>
        </message>
        <message>
            <source>%1: is %2 characters long, at most %3 are allowed</source>
            <translation>%1: dài %2 ký tự, chỉ được phép tối đa %3 ký tự</translation>
        </message>
        <message>
            <source>%1: %2 does not match the pattern %3</source>
            <translation>%1: %2 không khớp với mẫu %3</translation>
        </message>
        <message>
            <source>%1: has %2 items, at least %3 are required</source>
            <translation>%1: có %2 phần tử, cần ít nhất %3 phần tử</translation>
        </message>
        <message>
            <source>%1: has %2 items, at most %3 are allowed</source>
            <translation>%1: có %2 phần tử, chỉ được phép tối đa %3 phần tử</translation>
        </message>
        <message>
            <source>%1: %2 repeats item %3</source>
            <translation>%1: %2 trùng với phần tử %3</translation>
        </message>
        <message>
            <source>%1: is required but missing</source>
            <translation>%1: bắt buộc nhưng bị thiếu</translation>
        </message>
        <message>
            <source>%1: is not an allowed property here</source>
            <translation>%1: không phải thuộc tính được phép ở đây</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: không đọc được (%2)</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2 (%3)</source>
            <translation>%1: JSON không hợp lệ tại byte %2 (%3)</translation>
        </message>
        <message>
            <source>%1: a schema must be a JSON object</source>
            <translation>%1: lược đồ phải là một đối tượng JSON</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 (and %n more)</source>
            <translation>
                <numerusform>%1: %2 (và %n lỗi khác)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KpiTileView</name>
        <message>
            <source>plan %1 · %2</source>
            <translation>kế hoạch %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Field report</source>
            <translation>Phản ánh hiện trường</translation>
        </message>
        <message>
            <source>Public-service dossier</source>
            <translation>Hồ sơ dịch vụ công</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Khiếu nại</translation>
        </message>
        <message>
            <source>SOS</source>
            <translation>SOS</translation>
        </message>
        <message>
            <source>Security incident</source>
            <translation>Vụ việc an ninh trật tự</translation>
        </message>
        <message>
            <source>Cyber-security alert</source>
            <translation>Cảnh báo an toàn thông tin</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Mạng xã hội</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Chờ xử lý</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Đang xử lý</translation>
        </message>
        <message>
            <source>Near due</source>
            <translation>Sắp hết hạn</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Đã xử lý</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Thấp</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Cao</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Người xem</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Điều hành viên</translation>
        </message>
        <message>
            <source>Shift supervisor</source>
            <translation>Trưởng ca</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Lãnh đạo</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Rain gauge</source>
            <translation>Trạm đo mưa</translation>
        </message>
        <message>
            <source>Water station</source>
            <translation>Trạm quan trắc nước</translation>
        </message>
        <message>
            <source>Flood tower</source>
            <translation>Tháp cảnh báo ngập</translation>
        </message>
        <message>
            <source>Patrol unit</source>
            <translation>Tổ tuần tra</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Cơ sở</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Xã, phường</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Tỉnh</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Kinh tế</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Ngân sách</translation>
        </message>
        <message>
            <source>Industry and trade</source>
            <translation>Công thương</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Đầu tư</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Xã hội</translation>
        </message>
        <message>
            <source>Commerce</source>
            <translation>Thương mại</translation>
        </message>
        <message>
            <source>Fisheries</source>
            <translation>Thủy sản</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Du lịch</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Giá cả</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Hành chính</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Y tế</translation>
        </message>
        <message>
            <source>Public services</source>
            <translation>Dịch vụ công</translation>
        </message>
        <message>
            <source>Field reports</source>
            <translation>Phản ánh hiện trường</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Môi trường</translation>
        </message>
        <message>
            <source>Cyber security</source>
            <translation>An ninh mạng</translation>
        </message>
    </context>
    <context>
        <name>MailText</name>
        <message>
            <source>the sender "%1" is not an e-mail address</source>
            <translation>người gửi "%1" không phải địa chỉ thư điện tử</translation>
        </message>
        <message>
            <source>the message has no recipient</source>
            <translation>thư không có người nhận</translation>
        </message>
        <message>
            <source>the recipient "%1" is not an e-mail address</source>
            <translation>người nhận "%1" không phải địa chỉ thư điện tử</translation>
        </message>
        <message>
            <source>the header name "%1" cannot be used</source>
            <translation>không được dùng tên trường tiêu đề "%1"</translation>
        </message>
        <message>
            <source>the value of the header "%1" contains a line break</source>
            <translation>giá trị của trường tiêu đề "%1" chứa ký tự xuống dòng</translation>
        </message>
        <message>
            <source>(no SMTP server)</source>
            <translation>(chưa có máy chủ SMTP)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the address must start with smtp:// (STARTTLS) or smtps:// (TLS)</source>
            <translation>địa chỉ phải bắt đầu bằng smtp:// (STARTTLS) hoặc smtps:// (TLS)</translation>
        </message>
        <message>
            <source>the address is not a valid URL</source>
            <translation>địa chỉ không phải URL hợp lệ</translation>
        </message>
        <message>
            <source>libcurl could not create a transfer</source>
            <translation>libcurl không tạo được phiên truyền</translation>
        </message>
        <message>
            <source>the server refused the user name or password (%1)</source>
            <translation>máy chủ từ chối tên đăng nhập hoặc mật khẩu (%1)</translation>
        </message>
        <message>
            <source>the server does not offer STARTTLS; the message was not sent in clear text</source>
            <translation>máy chủ không hỗ trợ STARTTLS; thư không được gửi dưới dạng không mã hóa</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted or is for another host (%1)</source>
            <translation>chứng thư của máy chủ không đáng tin cậy hoặc cấp cho máy chủ khác (%1)</translation>
        </message>
        <message>
            <source>the CA file "%1" cannot be read (%2)</source>
            <translation>không đọc được tệp CA "%1" (%2)</translation>
        </message>
        <message>
            <source>the TLS handshake failed (%1)</source>
            <translation>bắt tay TLS thất bại (%1)</translation>
        </message>
        <message>
            <source>the host name "%1" cannot be resolved (DNS)</source>
            <translation>không phân giải được tên máy chủ "%1" (DNS)</translation>
        </message>
        <message>
            <source>the connection was refused or the server cannot be reached (%1)</source>
            <translation>kết nối bị từ chối hoặc không truy cập được máy chủ (%1)</translation>
        </message>
        <message>
            <source>the server did not answer within %1 s (timeout)</source>
            <translation>máy chủ không phản hồi trong %1 giây (hết thời gian chờ)</translation>
        </message>
        <message>
            <source>the session did not finish within %1 s (timeout; last reply: %2)</source>
            <translation>phiên làm việc không kết thúc trong %1 giây (hết thời gian chờ; phản hồi cuối: %2)</translation>
        </message>
        <message>
            <source>sending was cancelled</source>
            <translation>đã hủy việc gửi</translation>
        </message>
        <message>
            <source>the server refused the message (%1)</source>
            <translation>máy chủ từ chối thư (%1)</translation>
        </message>
        <message>
            <source>the server deferred the message, try again later (%1)</source>
            <translation>máy chủ tạm hoãn nhận thư, hãy thử lại sau (%1)</translation>
        </message>
        <message>
            <source>sending failed (%1; libcurl error %2)</source>
            <translation>gửi thất bại (%1; lỗi libcurl %2)</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>IOC Desk — Intelligent Operations Center</source>
            <translation>IOC Desk — Trung tâm giám sát, điều hành thông minh</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Bản đồ</translation>
        </message>
        <message>
            <source>Camera wall</source>
            <translation>Tường camera</translation>
        </message>
        <message>
            <source>Dashboards</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>SOP</source>
            <translation>Quy trình SOP</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Giới thiệu</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sự vụ</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Nhật ký kiểm tra</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Bộ kết nối</translation>
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Wards</source>
            <translation>Xã, phường</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Rain gauges</source>
            <translation>Trạm đo mưa</translation>
        </message>
        <message>
            <source>Water stations and flood towers</source>
            <translation>Trạm quan trắc nước và tháp cảnh báo ngập</translation>
        </message>
        <message>
            <source>Patrol units</source>
            <translation>Tổ tuần tra</translation>
        </message>
        <message>
            <source>Field reports</source>
            <translation>Phản ánh hiện trường</translation>
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
            <translation>Tìm xã, phường, camera, tổ tuần tra hoặc phản ánh</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Lớp bản đồ</translation>
        </message>
        <message>
            <source>Wards: overdue cases</source>
            <translation>Xã, phường: sự vụ quá hạn</translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>không có sự vụ quá hạn</translation>
        </message>
        <message>
            <source>1–2 overdue or near due</source>
            <translation>1–2 sự vụ quá hạn hoặc sắp hết hạn</translation>
        </message>
        <message>
            <source>3 or more overdue</source>
            <translation>từ 3 sự vụ quá hạn</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Mã %1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Tiếp nhận lúc %1</translation>
        </message>
        <message>
            <source>%1° N, %2° E</source>
            <translation>%1° B, %2° Đ</translation>
        </message>
        <message>
            <source>Zoom %1</source>
            <translation>Mức thu phóng %1</translation>
        </message>
        <message>
            <source>Relief: NASA SRTM30 · Natural Earth · Boundaries 2025: sapnhap.bando.com.vn</source>
            <translation>Địa hình: NASA SRTM30 · Natural Earth · Địa giới 2025: sapnhap.bando.com.vn</translation>
        </message>
        <message>
            <source>Hot spots (cases opened)</source>
            <translation>Điểm nóng (sự vụ phát sinh)</translation>
        </message>
        <message>
            <source>Hot spots of the last</source>
            <translation>Điểm nóng trong</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 giờ</translation>
        </message>
        <message>
            <source>7 days</source>
            <translation>7 ngày</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 ngày</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 ngày</translation>
        </message>
        <message>
            <source>Provinces, coastline and borders</source>
            <translation>Tỉnh, đường bờ biển và biên giới</translation>
        </message>
        <message>
            <source>stale</source>
            <translation>dữ liệu cũ</translation>
        </message>
        <message>
            <source>Open on the wall</source>
            <translation>Mở trên tường camera</translation>
        </message>
        <message>
            <source>Cameras nearby</source>
            <translation>Camera lân cận</translation>
        </message>
    </context>
    <context>
        <name>MqttText</name>
        <message>
            <source>%1: expected a whole number from %2 to %3</source>
            <translation>%1: cần một số nguyên từ %2 đến %3</translation>
        </message>
        <message>
            <source>%1/topic: '%2' is not an MQTT topic filter</source>
            <translation>%1/topic: '%2' không phải bộ lọc chủ đề MQTT</translation>
        </message>
        <message>
            <source>%1: give assetTopicLevel (a level of the topic) or assetPointer (a JSON Pointer into the message)</source>
            <translation>%1: cần khai báo assetTopicLevel (một cấp của chủ đề) hoặc assetPointer (một JSON Pointer trỏ vào bản tin)</translation>
        </message>
        <message>
            <source>%1/assetKind: '%2' is not an asset kind</source>
            <translation>%1/assetKind: '%2' không phải loại thiết bị</translation>
        </message>
        <message>
            <source>%1/metrics: name at least one metric and its JSON Pointer</source>
            <translation>%1/metrics: cần nêu ít nhất một đại lượng đo và JSON Pointer của nó</translation>
        </message>
        <message>
            <source>%1/metrics/%2: '%3' is not a JSON Pointer</source>
            <translation>%1/metrics/%2: '%3' không phải JSON Pointer</translation>
        </message>
        <message>
            <source>%1/time/pointer: '%2' is not a JSON Pointer</source>
            <translation>%1/time/pointer: '%2' không phải JSON Pointer</translation>
        </message>
        <message>
            <source>%1/time/format: '%2' is not iso8601, epoch_s or epoch_ms</source>
            <translation>%1/time/format: '%2' không phải iso8601, epoch_s hay epoch_ms</translation>
        </message>
        <message>
            <source>host: the broker's host name is missing</source>
            <translation>host: thiếu tên máy chủ MQTT</translation>
        </message>
        <message>
            <source>clientId: give a stable, non-empty client id</source>
            <translation>clientId: cần một mã máy khách cố định, không rỗng</translation>
        </message>
        <message>
            <source>passwordEnv: the environment variable '%1' is not set</source>
            <translation>passwordEnv: biến môi trường '%1' chưa được đặt</translation>
        </message>
        <message>
            <source>username: a password is set but no user name</source>
            <translation>username: đã đặt mật khẩu nhưng chưa có tên người dùng</translation>
        </message>
        <message>
            <source>subscriptions: subscribe to at least one topic</source>
            <translation>subscriptions: cần đăng ký ít nhất một chủ đề</translation>
        </message>
        <message>
            <source>cannot create an MQTT client: %1</source>
            <translation>không tạo được máy khách MQTT: %1</translation>
        </message>
        <message>
            <source>username: %1</source>
            <translation>username: %1</translation>
        </message>
        <message>
            <source>tls/caFile: cannot use '%1': %2</source>
            <translation>tls/caFile: không dùng được '%1': %2</translation>
        </message>
        <message>
            <source>cannot connect to the MQTT broker %1: %2</source>
            <translation>không kết nối được tới máy chủ MQTT %1: %2</translation>
        </message>
        <message>
            <source>cannot start the MQTT network thread: %1</source>
            <translation>không khởi động được luồng mạng MQTT: %1</translation>
        </message>
        <message>
            <source>the MQTT broker %1 refused the connection: %2</source>
            <translation>máy chủ MQTT %1 từ chối kết nối: %2</translation>
        </message>
        <message>
            <source>lost the connection to the MQTT broker %1: %2</source>
            <translation>mất kết nối tới máy chủ MQTT %1: %2</translation>
        </message>
        <message>
            <source>no connection to the MQTT broker %1 after %2 seconds</source>
            <translation>chưa kết nối được tới máy chủ MQTT %1 sau %2 giây</translation>
        </message>
        <message>
            <source>no connection to the MQTT broker %1 after %2 seconds: %3</source>
            <translation>chưa kết nối được tới máy chủ MQTT %1 sau %2 giây: %3</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>một mảng</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>một đối tượng</translation>
        </message>
        <message>
            <source>%1: %2 is not an ISO 8601 time</source>
            <translation>%1: %2 không phải thời gian ISO 8601</translation>
        </message>
        <message>
            <source>%1: %2 is not a number of seconds or milliseconds since 1970</source>
            <translation>%1: %2 không phải số giây hoặc mili giây tính từ năm 1970</translation>
        </message>
        <message>
            <source>%1: %2 is out of range</source>
            <translation>%1: %2 nằm ngoài phạm vi</translation>
        </message>
        <message>
            <source>topic %1: matches no configured subscription</source>
            <translation>chủ đề %1: không khớp với đăng ký nào đã cấu hình</translation>
        </message>
        <message>
            <source>topic %1: the message is not valid UTF-8</source>
            <translation>chủ đề %1: bản tin không phải UTF-8 hợp lệ</translation>
        </message>
        <message>
            <source>topic %1: the message is not JSON (%2 at byte %3)</source>
            <translation>chủ đề %1: bản tin không phải JSON (%2 tại byte %3)</translation>
        </message>
        <message>
            <source>topic %1: the message is not a JSON object</source>
            <translation>chủ đề %1: bản tin không phải đối tượng JSON</translation>
        </message>
        <message>
            <source>topic %1: level %2 (the asset id) is empty</source>
            <translation>chủ đề %1: cấp %2 (mã thiết bị) bị trống</translation>
        </message>
        <message>
            <source>topic %1, field %2: the asset id is missing or not a string</source>
            <translation>chủ đề %1, trường %2: mã thiết bị bị thiếu hoặc không phải chuỗi ký tự</translation>
        </message>
        <message>
            <source>topic %1, field %2</source>
            <translation>chủ đề %1, trường %2</translation>
        </message>
        <message>
            <source>%1: the time is missing</source>
            <translation>%1: thiếu thời gian</translation>
        </message>
        <message>
            <source>topic %1, field %2: metric %3 is missing</source>
            <translation>chủ đề %1, trường %2: thiếu đại lượng đo %3</translation>
        </message>
        <message>
            <source>topic %1, field %2: metric %3 is %4, not a finite number</source>
            <translation>chủ đề %1, trường %2: đại lượng đo %3 là %4, không phải số hữu hạn</translation>
        </message>
    </context>
    <context>
        <name>NotifyText</name>
        <message>
            <source>after 1 attempt: %1</source>
            <translation>sau 1 lần thử: %1</translation>
        </message>
        <message>
            <source>after %1 attempts: %2</source>
            <translation>sau %1 lần thử: %2</translation>
        </message>
        <message>
            <source>e-mail is not configured</source>
            <translation>chưa cấu hình thư điện tử</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address</source>
            <translation>"%1" không phải địa chỉ thư điện tử</translation>
        </message>
        <message>
            <source>%1 accepted %2</source>
            <translation>%1 đã nhận: %2</translation>
        </message>
        <message>
            <source>SMS is not configured</source>
            <translation>chưa cấu hình tin nhắn SMS</translation>
        </message>
        <message>
            <source>"%1" is not a phone number</source>
            <translation>"%1" không phải số điện thoại</translation>
        </message>
        <message>
            <source>%1 answered %2</source>
            <translation>%1 đã phản hồi: %2</translation>
        </message>
        <message>
            <source>e-mail is not configured (notify.smtp.url is empty)</source>
            <translation>chưa cấu hình thư điện tử (notify.smtp.url đang trống)</translation>
        </message>
        <message>
            <source>e-mail is not configured: notify.smtp.url must be smtp://host:port (STARTTLS) or smtps://host:port (TLS)</source>
            <translation>chưa cấu hình thư điện tử: notify.smtp.url phải có dạng smtp://host:port (STARTTLS) hoặc smtps://host:port (TLS)</translation>
        </message>
        <message>
            <source>e-mail is not configured: notify.smtp.from is not an e-mail address</source>
            <translation>chưa cấu hình thư điện tử: notify.smtp.from không phải địa chỉ thư điện tử</translation>
        </message>
        <message>
            <source>e-mail is not configured: the environment variable %1 (notify.smtp.passwordEnv) is not set</source>
            <translation>chưa cấu hình thư điện tử: biến môi trường %1 (notify.smtp.passwordEnv) chưa được đặt</translation>
        </message>
        <message>
            <source>SMS is not configured (notify.sms.url is empty)</source>
            <translation>chưa cấu hình tin nhắn SMS (notify.sms.url đang trống)</translation>
        </message>
        <message>
            <source>SMS is not configured: %1</source>
            <translation>chưa cấu hình tin nhắn SMS: %1</translation>
        </message>
        <message>
            <source>a notification without an id cannot be sent</source>
            <translation>không thể gửi thông báo không có mã</translation>
        </message>
        <message>
            <source>a notification with the id "%1" is already being sent</source>
            <translation>thông báo có mã "%1" đang được gửi</translation>
        </message>
        <message>
            <source>%1.%2: a text is expected</source>
            <translation>%1.%2: cần một chuỗi văn bản</translation>
        </message>
        <message>
            <source>%1.%2: unknown key (known keys: %3)</source>
            <translation>%1.%2: khóa không xác định (các khóa hợp lệ: %3)</translation>
        </message>
        <message>
            <source>%1.url: an http:// or https:// address is expected</source>
            <translation>%1.url: cần một địa chỉ http:// hoặc https://</translation>
        </message>
        <message>
            <source>%1.method: POST or PUT is expected</source>
            <translation>%1.method: cần POST hoặc PUT</translation>
        </message>
        <message>
            <source>%1.format: json or form is expected</source>
            <translation>%1.format: cần json hoặc form</translation>
        </message>
        <message>
            <source>%1: the "to" and "text" field names cannot be empty</source>
            <translation>%1: tên trường "to" và "text" không được để trống</translation>
        </message>
        <message>
            <source>%1.success.pointer: a JSON Pointer ("/status") is expected</source>
            <translation>%1.success.pointer: cần một JSON Pointer ("/status")</translation>
        </message>
        <message>
            <source>(no SMS gateway)</source>
            <translation>(chưa có cổng SMS)</translation>
        </message>
        <message>
            <source>%1: sending was cancelled</source>
            <translation>%1: đã hủy việc gửi</translation>
        </message>
        <message>
            <source>%1: the gateway answered HTTP %2 (%3)</source>
            <translation>%1: cổng SMS phản hồi HTTP %2 (%3)</translation>
        </message>
        <message>
            <source>%1: the gateway's answer is not JSON (%2)</source>
            <translation>%1: phản hồi của cổng SMS không phải JSON (%2)</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>%1: the gateway answered HTTP %2 but %3 is %4, not %5 (%6)</source>
            <translation>%1: cổng SMS phản hồi HTTP %2 nhưng %3 là %4, không phải %5 (%6)</translation>
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
            <translation>Màn hình này sẽ có:</translation>
        </message>
        <message>
            <source>Not available yet</source>
            <translation>Chưa có</translation>
        </message>
        <message>
            <source>Nothing is shown here yet: this part of IOC Desk is still being built.</source>
            <translation>Hiện chưa có gì để hiển thị: phần này của IOC Desk đang được xây dựng.</translation>
        </message>
    </context>
    <context>
        <name>PositionsText</name>
        <message>
            <source>the request is larger than %1 bytes</source>
            <translation>yêu cầu lớn hơn %1 byte</translation>
        </message>
        <message>
            <source>the request line does not end with CRLF</source>
            <translation>dòng yêu cầu không kết thúc bằng CRLF</translation>
        </message>
        <message>
            <source>the request line is not 'METHOD target HTTP/1.x'</source>
            <translation>dòng yêu cầu không có dạng 'METHOD target HTTP/1.x'</translation>
        </message>
        <message>
            <source>HTTP version %1 is not supported</source>
            <translation>không hỗ trợ HTTP phiên bản %1</translation>
        </message>
        <message>
            <source>header line %1 does not end with CRLF</source>
            <translation>dòng tiêu đề %1 không kết thúc bằng CRLF</translation>
        </message>
        <message>
            <source>header line %1 is not 'Name: value'</source>
            <translation>dòng tiêu đề %1 không có dạng 'Name: value'</translation>
        </message>
        <message>
            <source>chunked or encoded bodies are not accepted; send Content-Length</source>
            <translation>không chấp nhận phần thân gửi theo khối hoặc được mã hóa; hãy gửi kèm Content-Length</translation>
        </message>
        <message>
            <source>Content-Length '%1' is not a number of bytes</source>
            <translation>Content-Length '%1' không phải là số byte</translation>
        </message>
        <message>
            <source>'%1' is not UTF-8 text</source>
            <translation>'%1' không phải văn bản UTF-8</translation>
        </message>
        <message>
            <source>%1: given twice</source>
            <translation>%1: được gửi hai lần</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1: '%2' không phải là số</translation>
        </message>
        <message>
            <source>timestamp: '%1' is out of range</source>
            <translation>timestamp: '%1' nằm ngoài phạm vi</translation>
        </message>
        <message>
            <source>timestamp: '%1' is not seconds since 1970 or an ISO 8601 time</source>
            <translation>timestamp: '%1' không phải số giây tính từ năm 1970 hay thời gian ISO 8601</translation>
        </message>
        <message>
            <source>the body is not a JSON object (%1)</source>
            <translation>phần thân không phải đối tượng JSON (%1)</translation>
        </message>
        <message>
            <source>device_id: missing</source>
            <translation>device_id: bị thiếu</translation>
        </message>
        <message>
            <source>location/coords: latitude and longitude must be numbers</source>
            <translation>location/coords: vĩ độ và kinh độ phải là số</translation>
        </message>
        <message>
            <source>location/coords: no position</source>
            <translation>location/coords: không có vị trí</translation>
        </message>
        <message>
            <source>id: missing (the unit's identifier)</source>
            <translation>id: bị thiếu (mã định danh của lực lượng)</translation>
        </message>
        <message>
            <source>id: longer than 64 characters</source>
            <translation>id: dài hơn 64 ký tự</translation>
        </message>
        <message>
            <source>location: '%1' is not 'latitude,longitude'</source>
            <translation>location: '%1' không có dạng 'vĩ độ,kinh độ'</translation>
        </message>
        <message>
            <source>lat, lon: missing (or location)</source>
            <translation>lat, lon: bị thiếu (hoặc location)</translation>
        </message>
        <message>
            <source>lat: %1 is outside -90…90</source>
            <translation>lat: %1 nằm ngoài -90…90</translation>
        </message>
        <message>
            <source>lon: %1 is outside -180…180</source>
            <translation>lon: %1 nằm ngoài -180…180</translation>
        </message>
        <message>
            <source>speed: %1 is negative</source>
            <translation>speed: %1 là số âm</translation>
        </message>
        <message>
            <source>listen: '%1' is not an IP address</source>
            <translation>listen: '%1' không phải địa chỉ IP</translation>
        </message>
        <message>
            <source>port: expected a whole number from 1 to 65535</source>
            <translation>port: cần một số nguyên từ 1 đến 65535</translation>
        </message>
        <message>
            <source>units: each unit is a non-empty id</source>
            <translation>units: mỗi lực lượng phải là một mã không rỗng</translation>
        </message>
        <message>
            <source>units: a list of unit ids, or "all"</source>
            <translation>units: cần danh sách mã lực lượng, hoặc "all"</translation>
        </message>
        <message>
            <source>tokenEnv: the environment variable '%1' is not set</source>
            <translation>tokenEnv: biến môi trường '%1' chưa được đặt</translation>
        </message>
        <message>
            <source>maxRequestBytes: expected 512 to 1048576</source>
            <translation>maxRequestBytes: cần giá trị từ 512 đến 1048576</translation>
        </message>
        <message>
            <source>idleTimeoutSeconds: expected 1 to 3600</source>
            <translation>idleTimeoutSeconds: cần giá trị từ 1 đến 3600</translation>
        </message>
        <message>
            <source>cannot listen on %1:%2: %3</source>
            <translation>không lắng nghe được trên %1:%2: %3</translation>
        </message>
        <message>
            <source>only GET and POST are accepted</source>
            <translation>chỉ chấp nhận GET và POST</translation>
        </message>
        <message>
            <source>token: missing or wrong</source>
            <translation>token: bị thiếu hoặc không đúng</translation>
        </message>
        <message>
            <source>unit %1 is not one of the configured units</source>
            <translation>lực lượng %1 không thuộc các lực lượng đã cấu hình</translation>
        </message>
        <message>
            <source>not stored: the tracker marked the fix invalid</source>
            <translation>không lưu: thiết bị định vị đánh dấu lần định vị này là không hợp lệ</translation>
        </message>
        <message>
            <source>not stored, send it again later</source>
            <translation>chưa lưu, hãy gửi lại sau</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>Hiển thị thông tin phiên bản.</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Cách dùng: %1</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Tùy chọn:</translation>
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation>Tùy chọn không xác định '%1'.</translation>
        </message>
        <message>
            <source>Unknown options: %1.</source>
            <translation>Các tùy chọn không xác định: %1.</translation>
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation>Thiếu giá trị sau '%1'.</translation>
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation>Giá trị không mong đợi sau '%1'.</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>Hiển thị trợ giúp, gồm cả các tùy chọn riêng của Qt.</translation>
        </message>
        <message>
            <source>[options]</source>
            <translation>[tùy-chọn]</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>the log folder is empty</source>
            <translation>thư mục nhật ký đang để trống</translation>
        </message>
        <message>
            <source>cannot create the log folder %1</source>
            <translation>không tạo được thư mục nhật ký %1</translation>
        </message>
        <message>
            <source>the log folder %1 is not writable</source>
            <translation>không ghi được vào thư mục nhật ký %1</translation>
        </message>
        <message>
            <source>cannot write the log file %1: %2</source>
            <translation>không ghi được tệp nhật ký %1: %2</translation>
        </message>
        <message>
            <source>%1: cannot read the settings description: %2</source>
            <translation>%1: không đọc được bản mô tả cấu hình: %2</translation>
        </message>
        <message>
            <source>%1: invalid JSON at offset %2: %3</source>
            <translation>%1: JSON không hợp lệ tại vị trí %2: %3</translation>
        </message>
        <message>
            <source>%1: expected an object with a "fields" array</source>
            <translation>%1: cần một đối tượng có mảng "fields"</translation>
        </message>
        <message>
            <source>field #%1</source>
            <translation>trường số %1</translation>
        </message>
        <message>
            <source>%1: %2 has no key</source>
            <translation>%1: %2 không có khóa</translation>
        </message>
        <message>
            <source>%1: %2 is described twice</source>
            <translation>%1: %2 được mô tả hai lần</translation>
        </message>
        <message>
            <source>%1: %2: unknown type %3</source>
            <translation>%1: %2: kiểu không xác định %3</translation>
        </message>
        <message>
            <source>%1: %2: an enum needs "choices"</source>
            <translation>%1: %2: kiểu liệt kê cần có "choices"</translation>
        </message>
        <message>
            <source>%1: %2 has no default</source>
            <translation>%1: %2 không có giá trị mặc định</translation>
        </message>
        <message>
            <source>%1: default: %2</source>
            <translation>%1: giá trị mặc định: %2</translation>
        </message>
        <message>
            <source>%1: %2 is not %3</source>
            <translation>%1: %2 không phải là %3</translation>
        </message>
        <message>
            <source>%1: %2 is below the minimum %3</source>
            <translation>%1: %2 nhỏ hơn giá trị tối thiểu %3</translation>
        </message>
        <message>
            <source>%1: %2 is above the maximum %3</source>
            <translation>%1: %2 lớn hơn giá trị tối đa %3</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true hoặc false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>một số nguyên</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>một số</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>một chuỗi văn bản</translation>
        </message>
        <message>
            <source>%1: %2 is not one of: %3</source>
            <translation>%1: %2 không thuộc các giá trị: %3</translation>
        </message>
    </context>
    <context>
        <name>QuarantineText</name>
        <message>
            <source>cannot read the quarantined records</source>
            <translation>không đọc được các bản ghi bị cách ly</translation>
        </message>
    </context>
    <context>
        <name>RecordMapperText</name>
        <message>
            <source>an array</source>
            <translation>một mảng</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>một đối tượng</translation>
        </message>
        <message>
            <source>case category</source>
            <translation>loại sự vụ</translation>
        </message>
        <message>
            <source>case status</source>
            <translation>trạng thái sự vụ</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>mức độ nghiêm trọng</translation>
        </message>
        <message>
            <source>sentiment</source>
            <translation>sắc thái cảm xúc</translation>
        </message>
        <message>
            <source>asset kind</source>
            <translation>loại thiết bị</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 không phải là số</translation>
        </message>
        <message>
            <source>expected a number, got %1</source>
            <translation>cần một số, nhận được %1</translation>
        </message>
        <message>
            <source>%1 is not a finite number</source>
            <translation>%1 không phải số hữu hạn</translation>
        </message>
        <message>
            <source>%1 scaled by %2 is too large</source>
            <translation>%1 nhân với hệ số %2 thì quá lớn</translation>
        </message>
        <message>
            <source>%1 cannot be used as an identifier exactly (a number with a fraction or beyond 2^53); the source should send it as text</source>
            <translation>%1 không dùng làm mã định danh chính xác được (số có phần thập phân hoặc vượt quá 2^53); nguồn dữ liệu nên gửi giá trị này dưới dạng văn bản</translation>
        </message>
        <message>
            <source>expected text or a whole number, got %1</source>
            <translation>cần văn bản hoặc số nguyên, nhận được %1</translation>
        </message>
        <message>
            <source>expected text, got %1</source>
            <translation>cần văn bản, nhận được %1</translation>
        </message>
        <message>
            <source>%1 is not a time in %2</source>
            <translation>%1 không phải thời gian theo định dạng %2</translation>
        </message>
        <message>
            <source>%1 is not a time in any of: %2</source>
            <translation>%1 không phải thời gian theo định dạng nào trong số: %2</translation>
        </message>
        <message>
            <source>%1 is not yes or no</source>
            <translation>%1 không phải giá trị có/không</translation>
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation>cần một đối tượng, nhận được %1</translation>
        </message>
        <message>
            <source>%1 is not a %2 (%3)</source>
            <translation>%1 không phải %2 hợp lệ (%3)</translation>
        </message>
        <message>
            <source>%1: must be an object with "path" or "value"</source>
            <translation>%1: phải là đối tượng có "path" hoặc "value"</translation>
        </message>
        <message>
            <source>%1: unknown key (known: %2)</source>
            <translation>%1: khóa không xác định (các khóa hợp lệ: %2)</translation>
        </message>
        <message>
            <source>%1: needs exactly one of "path" and "value"</source>
            <translation>%1: cần đúng một trong hai "path" và "value"</translation>
        </message>
        <message>
            <source>%1: must be true or false</source>
            <translation>%1: phải là true hoặc false</translation>
        </message>
        <message>
            <source>%1: %2 is not a time field</source>
            <translation>%1: %2 không phải trường thời gian</translation>
        </message>
        <message>
            <source>%1: %2 is not a time format (%3)</source>
            <translation>%1: %2 không phải định dạng thời gian (%3)</translation>
        </message>
        <message>
            <source>%1: names no time format</source>
            <translation>%1: không nêu định dạng thời gian nào</translation>
        </message>
        <message>
            <source>%1: %2 is not a number field</source>
            <translation>%1: %2 không phải trường số</translation>
        </message>
        <message>
            <source>%1: unknown key (known: scale, decimalComma)</source>
            <translation>%1: khóa không xác định (các khóa hợp lệ: scale, decimalComma)</translation>
        </message>
        <message>
            <source>%1: must be a number other than 0</source>
            <translation>%1: phải là số khác 0</translation>
        </message>
        <message>
            <source>%1: %2 takes no value map</source>
            <translation>%1: %2 không nhận bảng ánh xạ giá trị</translation>
        </message>
        <message>
            <source>%1: must be an object of source text to value</source>
            <translation>%1: phải là đối tượng ánh xạ từ văn bản nguồn sang giá trị</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a JSON Pointer ("/a/0/b")</source>
            <translation>%1: %2 không phải JSON Pointer ("/a/0/b")</translation>
        </message>
        <message>
            <source>%1: %2 is required and cannot be empty</source>
            <translation>%1: %2 là bắt buộc và không được để trống</translation>
        </message>
        <message>
            <source>%1: %2 is not a target (%3)</source>
            <translation>%1: %2 không phải loại bản ghi đích (%3)</translation>
        </message>
        <message>
            <source>%1: must be a non-empty text</source>
            <translation>%1: phải là chuỗi văn bản không rỗng</translation>
        </message>
        <message>
            <source>%1: '%2' is not a known time zone</source>
            <translation>%1: '%2' không phải múi giờ hợp lệ</translation>
        </message>
        <message>
            <source>%1: must be an object of target field to how to get it</source>
            <translation>%1: phải là đối tượng ánh xạ từ trường đích sang cách lấy giá trị</translation>
        </message>
        <message>
            <source>%1: not a field of %2 (%3)</source>
            <translation>%1: không phải trường của %2 (%3)</translation>
        </message>
        <message>
            <source>%1: required for a %2, but not mapped</source>
            <translation>%1: bắt buộc đối với %2 nhưng chưa được ánh xạ</translation>
        </message>
        <message>
            <source>%1: is missing (%2 is required)</source>
            <translation>%1: bị thiếu (%2 là bắt buộc)</translation>
        </message>
        <message>
            <source>case %1</source>
            <translation>sự vụ %1</translation>
        </message>
        <message>
            <source>asset %1</source>
            <translation>thiết bị %1</translation>
        </message>
        <message>
            <source>position of %1</source>
            <translation>vị trí của %1</translation>
        </message>
        <message>
            <source>%1: expected an object, got %2</source>
            <translation>%1: cần một đối tượng, nhận được %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 fields, but the header names %2 columns</source>
            <translation>%1 trường, nhưng dòng tiêu đề có %2 cột</translation>
        </message>
        <message>
            <source>column '%1' (%2): invalid UTF-8 at byte %3</source>
            <translation>cột '%1' (%2): UTF-8 không hợp lệ tại byte %3</translation>
        </message>
    </context>
    <context>
        <name>RestJsonText</name>
        <message>
            <source>the checkpoint is not one this connector wrote</source>
            <translation>điểm kiểm tra không phải do bộ kết nối này ghi</translation>
        </message>
        <message>
            <source>url: not an http or https URL</source>
            <translation>url: không phải URL http hoặc https</translation>
        </message>
        <message>
            <source>records: '%1' is not a JSON Pointer</source>
            <translation>records: '%1' không phải JSON Pointer</translation>
        </message>
        <message>
            <source>pagination/kind: '%1' is not one of %2</source>
            <translation>pagination/kind: '%1' không thuộc các giá trị %2</translation>
        </message>
        <message>
            <source>pagination/pageSize: must be 1 or more</source>
            <translation>pagination/pageSize: phải từ 1 trở lên</translation>
        </message>
        <message>
            <source>pagination/cursorPointer: '%1' is not a JSON Pointer</source>
            <translation>pagination/cursorPointer: '%1' không phải JSON Pointer</translation>
        </message>
        <message>
            <source>pagination/pagesPointer: '%1' is not a JSON Pointer</source>
            <translation>pagination/pagesPointer: '%1' không phải JSON Pointer</translation>
        </message>
        <message>
            <source>incremental/field: '%1' is not a time field of a %2</source>
            <translation>incremental/field: '%1' không phải trường thời gian của %2</translation>
        </message>
        <message>
            <source>incremental/format: '%1' is not a time format (%2)</source>
            <translation>incremental/format: '%1' không phải định dạng thời gian (%2)</translation>
        </message>
        <message>
            <source>incremental/timeZone: '%1' is not a known time zone</source>
            <translation>incremental/timeZone: '%1' không phải múi giờ hợp lệ</translation>
        </message>
        <message>
            <source>incremental/overlapSeconds: must be 0 or more</source>
            <translation>incremental/overlapSeconds: phải từ 0 trở lên</translation>
        </message>
        <message>
            <source>incremental/start: not an ISO 8601 time</source>
            <translation>incremental/start: không phải thời gian ISO 8601</translation>
        </message>
        <message>
            <source>%1: the server answered HTTP %2</source>
            <translation>%1: máy chủ trả về HTTP %2</translation>
        </message>
        <message>
            <source>%1: the response is not JSON (at byte %2: %3)</source>
            <translation>%1: phản hồi không phải JSON (tại byte %2: %3)</translation>
        </message>
        <message>
            <source>%1: the response has no array at '%2'</source>
            <translation>%1: phản hồi không có mảng tại '%2'</translation>
        </message>
        <message>
            <source>the quarantined payload is not a JSON object</source>
            <translation>dữ liệu bị cách ly không phải đối tượng JSON</translation>
        </message>
        <message>
            <source>%1: the next cursor at '%2' is neither text nor a number</source>
            <translation>%1: con trỏ trang tiếp theo tại '%2' không phải văn bản cũng không phải số</translation>
        </message>
        <message>
            <source>%1: the server gave the same cursor again (a loop)</source>
            <translation>%1: máy chủ trả lại đúng con trỏ cũ (vòng lặp)</translation>
        </message>
        <message>
            <source>%1: the next page is on another server (%2); refused</source>
            <translation>%1: trang tiếp theo nằm trên máy chủ khác (%2); đã từ chối</translation>
        </message>
    </context>
    <context>
        <name>RunnerText</name>
        <message>
            <source>cannot take the lock of connector %1</source>
            <translation>không giành được khóa của bộ kết nối %1</translation>
        </message>
        <message>
            <source>the store is not open</source>
            <translation>kho dữ liệu chưa được mở</translation>
        </message>
        <message>
            <source>connector %1 is not running</source>
            <translation>bộ kết nối %1 không chạy</translation>
        </message>
        <message>
            <source>quarantined record %1 does not exist</source>
            <translation>bản ghi bị cách ly %1 không tồn tại</translation>
        </message>
        <message>
            <source>quarantined record %1 was already handled (%2)</source>
            <translation>bản ghi bị cách ly %1 đã được xử lý (%2)</translation>
        </message>
        <message>
            <source>the record still maps to nothing</source>
            <translation>bản ghi vẫn không ánh xạ được thành dữ liệu nào</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) written</source>
            <translation>
                <numerusform>đã ghi %n bản ghi</numerusform>
            </translation>
        </message>
        <message>
            <source>quarantined record %1 is not held</source>
            <translation>bản ghi bị cách ly %1 không còn bị giữ lại</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>đã loại bỏ</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Create the administrator account</source>
            <translation>Tạo tài khoản quản trị</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>No account exists yet in this data store. The administrator creates the accounts of operators, supervisors and leaders.</source>
            <translation>Kho dữ liệu này chưa có tài khoản nào. Quản trị viên sẽ tạo tài khoản cho điều hành viên, trưởng ca và lãnh đạo.</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Tên hiển thị</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <source>At least %1 characters, mixing three of: lower case, upper case, digits, other characters.</source>
            <translation>Ít nhất %1 ký tự, gồm ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự khác.</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Tạo và đăng nhập</translation>
        </message>
        <message>
            <source>Demo accounts</source>
            <translation>Tài khoản trình diễn</translation>
        </message>
        <message>
            <source>Shown in demo mode only. Choose one to fill the form.</source>
            <translation>Chỉ hiện ở chế độ trình diễn. Chọn một tài khoản để điền sẵn vào biểu mẫu.</translation>
        </message>
        <message>
            <source>login %1 · password %2</source>
            <translation>đăng nhập %1 · mật khẩu %2</translation>
        </message>
    </context>
    <context>
        <name>SopScreen</name>
        <message>
            <source>no time limit</source>
            <translation>không giới hạn thời gian</translation>
        </message>
        <message>
            <source>Overdue by %1</source>
            <translation>Quá hạn %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>Còn %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Đã xong</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã phê duyệt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Đã bỏ qua</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>To do now</source>
            <translation>Cần làm ngay</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Chưa đến</translation>
        </message>
        <message>
            <source>Camera snapshot</source>
            <translation>Ảnh chụp từ camera</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Ảnh</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Đã liên lạc được</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Không liên lạc được</translation>
        </message>
        <message>
            <source>SOP checklists</source>
            <translation>Danh sách kiểm tra SOP</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Của tôi</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Chờ phê duyệt</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Đang chạy</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>No SOP step is waiting for you.</source>
            <translation>Không có bước SOP nào đang chờ bạn.</translation>
        </message>
        <message>
            <source>No step is waiting for approval.</source>
            <translation>Không có bước nào đang chờ phê duyệt.</translation>
        </message>
        <message>
            <source>No SOP is running.</source>
            <translation>Không có quy trình SOP nào đang chạy.</translation>
        </message>
        <message>
            <source>No SOP has run yet.</source>
            <translation>Chưa có quy trình SOP nào được chạy.</translation>
        </message>
        <message>
            <source>Closed: the alert was resolved</source>
            <translation>Đã đóng: cảnh báo đã được giải quyết</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Đã hoàn thành</translation>
        </message>
        <message>
            <source>Step %1/%2: %3</source>
            <translation>Bước %1/%2: %3</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Đã chuyển cấp trên</translation>
        </message>
        <message>
            <source>Select a SOP on the left to see its steps.</source>
            <translation>Chọn một quy trình SOP ở bên trái để xem các bước.</translation>
        </message>
        <message>
            <source>Alert: %1</source>
            <translation>Cảnh báo: %1</translation>
        </message>
        <message>
            <source>Area: %1 · started by %2 at %3</source>
            <translation>Địa bàn: %1 · %2 khởi động lúc %3</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 lúc %2</translation>
        </message>
        <message>
            <source>Skipped by %1: %2</source>
            <translation>Đã bỏ qua (%1): %2</translation>
        </message>
        <message>
            <source>Approved by %1</source>
            <translation>Đã phê duyệt (%1)</translation>
        </message>
        <message>
            <source>Rejected by %1: %2</source>
            <translation>Bị từ chối (%1): %2</translation>
        </message>
        <message>
            <source>Escalated to the supervisor</source>
            <translation>Đã chuyển cấp trên (trưởng ca)</translation>
        </message>
        <message>
            <source>Work done by %1</source>
            <translation>Người thực hiện: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) could not be sent: tell them yourself and say so in the note.</source>
            <translation>
                <numerusform>Không gửi được %n tin nhắn: hãy tự báo cho người nhận và ghi rõ trong ghi chú.</numerusform>
            </translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Ghi nhận</translation>
        </message>
        <message>
            <source>Snapshot id, path or URL</source>
            <translation>Mã ảnh chụp, đường dẫn hoặc URL</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Đính kèm</translation>
        </message>
        <message>
            <source>Who was told, and how</source>
            <translation>Đã báo cho ai, bằng cách nào</translation>
        </message>
        <message>
            <source>What ended the wait</source>
            <translation>Điều gì đã kết thúc việc chờ</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Đánh dấu đã xong</translation>
        </message>
        <message>
            <source>Waiting for a shift supervisor's approval.</source>
            <translation>Đang chờ trưởng ca phê duyệt.</translation>
        </message>
        <message>
            <source>Comment (required to reject)</source>
            <translation>Ghi chú (bắt buộc khi từ chối)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Phê duyệt</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Từ chối</translation>
        </message>
        <message>
            <source>Skip this step…</source>
            <translation>Bỏ qua bước này…</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Dòng thời gian</translation>
        </message>
        <message>
            <source>Skip "%1"</source>
            <translation>Bỏ qua "%1"</translation>
        </message>
        <message>
            <source>Say why this step is skipped. The justification is recorded in the journal and the shift supervisor is told.</source>
            <translation>Hãy nêu lý do bỏ qua bước này. Lý do được ghi vào sổ nhật ký và trưởng ca sẽ được thông báo.</translation>
        </message>
        <message>
            <source>Justification (required)</source>
            <translation>Lý do (bắt buộc)</translation>
        </message>
        <message>
            <source>Skip the step</source>
            <translation>Bỏ qua bước</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>self-test failed: %1</source>
            <translation>tự kiểm tra thất bại: %1</translation>
        </message>
        <message>
            <source>screenshots failed: %1</source>
            <translation>chụp màn hình thất bại: %1</translation>
        </message>
        <message>
            <source>self-test passed: %1</source>
            <translation>tự kiểm tra đạt: %1</translation>
        </message>
        <message>
            <source>screenshots written: %1</source>
            <translation>đã ghi ảnh màn hình: %1</translation>
        </message>
        <message>
            <source>(see iocdesk --help)</source>
            <translation>(xem iocdesk --help)</translation>
        </message>
        <message>
            <source>cannot log: %1</source>
            <translation>không ghi được nhật ký: %1</translation>
        </message>
        <message numerus="yes">
            <source>--screen %1: this machine has %n screen(s)</source>
            <translation>
                <numerusform>--screen %1: máy này có %n màn hình</numerusform>
            </translation>
        </message>
        <message>
            <source>the user interface could not be loaded; the log says why</source>
            <translation>không nạp được giao diện; xem lý do trong nhật ký</translation>
        </message>
        <message>
            <source>the demo connector did not deliver the province within a minute</source>
            <translation>bộ kết nối trình diễn không cung cấp được dữ liệu tỉnh mẫu trong vòng một phút</translation>
        </message>
    </context>
    <context>
        <name>StatusBadge</name>
        <message>
            <source>At risk</source>
            <translation>Nguy cơ không đạt</translation>
        </message>
        <message>
            <source>Developing well</source>
            <translation>Đang phát triển tốt</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Dự kiến đạt</translation>
        </message>
        <message>
            <source>Stale data</source>
            <translation>Dữ liệu cũ</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>Chưa đánh giá</translation>
        </message>
    </context>
    <context>
        <name>StoreSetup</name>
        <message numerus="yes">
            <source>journal intact: %n entries verified in %1</source>
            <translation>
                <numerusform>sổ nhật ký nguyên vẹn: đã kiểm tra %n mục trong %1</numerusform>
            </translation>
        </message>
        <message>
            <source>journal broken at entry %1: %2</source>
            <translation>sổ nhật ký bị hỏng tại mục %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SupervisorConfirmDialog</name>
        <message>
            <source>Confirm as supervisor</source>
            <translation>Xác nhận của trưởng ca</translation>
        </message>
        <message>
            <source>Performed by %1. A supervisor other than the one who performed it signs to approve.</source>
            <translation>Do %1 thực hiện. Một trưởng ca khác với người thực hiện ký xác nhận để phê duyệt.</translation>
        </message>
        <message>
            <source>Supervisor's login</source>
            <translation>Tên đăng nhập của trưởng ca</translation>
        </message>
        <message>
            <source>Supervisor's password</source>
            <translation>Mật khẩu của trưởng ca</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Phê duyệt</translation>
        </message>
    </context>
    <context>
        <name>TransportText</name>
        <message>
            <source>(no URL)</source>
            <translation>(không có URL)</translation>
        </message>
        <message>
            <source>%1: the scheme "%2" is not supported (http, https, ftp, ftps, sftp)</source>
            <translation>%1: không hỗ trợ giao thức "%2" (http, https, ftp, ftps, sftp)</translation>
        </message>
        <message>
            <source>%1: the address is not a valid URL</source>
            <translation>%1: địa chỉ không phải URL hợp lệ</translation>
        </message>
        <message>
            <source>%1: libcurl could not create a transfer</source>
            <translation>%1: libcurl không tạo được phiên truyền</translation>
        </message>
        <message>
            <source>%1: libcurl refused an option (%2)</source>
            <translation>%1: libcurl từ chối một tùy chọn (%2)</translation>
        </message>
        <message>
            <source>%1: more than %2 redirects</source>
            <translation>%1: chuyển hướng quá %2 lần</translation>
        </message>
        <message>
            <source>%1: the server redirects to another server (%2); the API key is not sent there</source>
            <translation>%1: máy chủ chuyển hướng sang máy chủ khác (%2); khóa API không được gửi tới đó</translation>
        </message>
        <message>
            <source>%1: cancelled (the transport is shutting down)</source>
            <translation>%1: đã hủy (tầng truyền tải đang tắt)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the response is larger than the limit of %1 MB</source>
            <translation>phản hồi vượt quá giới hạn %1 MB</translation>
        </message>
        <message>
            <source>the server's SSH host key is not vouched for by the known_hosts file (%1)</source>
            <translation>khóa SSH của máy chủ không được xác nhận trong tệp known_hosts (%1)</translation>
        </message>
        <message>
            <source>the server's certificate is for another host name (%1)</source>
            <translation>chứng chỉ của máy chủ được cấp cho tên máy chủ khác (%1)</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted (%1)</source>
            <translation>chứng chỉ của máy chủ không được tin cậy (%1)</translation>
        </message>
        <message>
            <source>the CA file "%1" cannot be read (%2)</source>
            <translation>không đọc được tệp CA "%1" (%2)</translation>
        </message>
        <message>
            <source>the client certificate or its key cannot be used (%1)</source>
            <translation>không dùng được chứng chỉ máy khách hoặc khóa của nó (%1)</translation>
        </message>
        <message>
            <source>the server requires a client certificate and refused ours or its absence (%1)</source>
            <translation>máy chủ yêu cầu chứng chỉ máy khách và đã từ chối chứng chỉ được gửi hoặc việc không gửi chứng chỉ (%1)</translation>
        </message>
        <message>
            <source>the TLS handshake failed (%1)</source>
            <translation>bắt tay TLS thất bại (%1)</translation>
        </message>
        <message>
            <source>the connection broke (%1)</source>
            <translation>kết nối bị ngắt (%1)</translation>
        </message>
        <message>
            <source>the host name "%1" cannot be resolved (DNS)</source>
            <translation>không phân giải được tên máy chủ "%1" (DNS)</translation>
        </message>
        <message>
            <source>the proxy's host name cannot be resolved (DNS; %1)</source>
            <translation>không phân giải được tên máy chủ ủy quyền (DNS; %1)</translation>
        </message>
        <message>
            <source>the connection was refused or the server cannot be reached (%1)</source>
            <translation>kết nối bị từ chối hoặc không truy cập được máy chủ (%1)</translation>
        </message>
        <message>
            <source>the server sent less than %1 bytes per second for %2 s</source>
            <translation>máy chủ gửi ít hơn %1 byte mỗi giây trong %2 giây</translation>
        </message>
        <message>
            <source>no connection within %1 s</source>
            <translation>không kết nối được trong vòng %1 giây</translation>
        </message>
        <message>
            <source>no complete answer within %1 s (timeout)</source>
            <translation>không nhận đủ phản hồi trong vòng %1 giây (hết thời gian chờ)</translation>
        </message>
        <message>
            <source>the response could not be stored (%1)</source>
            <translation>không lưu được phản hồi (%1)</translation>
        </message>
        <message>
            <source>more than %1 redirects</source>
            <translation>chuyển hướng quá %1 lần</translation>
        </message>
        <message>
            <source>a redirect or the URL leads to a scheme that is not allowed (%1)</source>
            <translation>URL hoặc một lần chuyển hướng dẫn tới giao thức không được phép (%1)</translation>
        </message>
        <message>
            <source>the server refused the login or the access (%1)</source>
            <translation>máy chủ từ chối đăng nhập hoặc truy cập (%1)</translation>
        </message>
        <message>
            <source>the file or folder does not exist on the server (%1)</source>
            <translation>tệp hoặc thư mục không tồn tại trên máy chủ (%1)</translation>
        </message>
        <message>
            <source>the connection closed before the whole response arrived (%1)</source>
            <translation>kết nối bị đóng trước khi nhận đủ phản hồi (%1)</translation>
        </message>
        <message>
            <source>the server closed the connection without answering</source>
            <translation>máy chủ đóng kết nối mà không phản hồi</translation>
        </message>
        <message>
            <source>the response's compression cannot be decoded (%1)</source>
            <translation>không giải nén được phản hồi (%1)</translation>
        </message>
        <message>
            <source>the transfer failed (%1; libcurl error %2)</source>
            <translation>truyền dữ liệu thất bại (%1; lỗi libcurl %2)</translation>
        </message>
        <message>
            <source>%1: unknown key (known keys: %2)</source>
            <translation>%1: khóa không xác định (các khóa hợp lệ: %2)</translation>
        </message>
        <message>
            <source>%1: a text is expected</source>
            <translation>%1: cần một chuỗi văn bản</translation>
        </message>
        <message>
            <source>%1: true or false is expected</source>
            <translation>%1: cần true hoặc false</translation>
        </message>
        <message>
            <source>%1: a number greater than 0 and at most %2 is expected</source>
            <translation>%1: cần một số lớn hơn 0 và không quá %2</translation>
        </message>
        <message>
            <source>%1: give either %2 or %3, not both</source>
            <translation>%1: chỉ khai báo %2 hoặc %3, không khai báo cả hai</translation>
        </message>
        <message>
            <source>%1: the name of an environment variable is expected</source>
            <translation>%1: cần tên của một biến môi trường</translation>
        </message>
        <message>
            <source>%1: the environment variable %2 is not set</source>
            <translation>%1: biến môi trường %2 chưa được đặt</translation>
        </message>
        <message>
            <source>%1: an object is expected</source>
            <translation>%1: cần một đối tượng</translation>
        </message>
        <message>
            <source>%1: a client key needs a client certificate (%2)</source>
            <translation>%1: khóa máy khách cần đi kèm chứng chỉ máy khách (%2)</translation>
        </message>
        <message>
            <source>%1: required for authentication of type "%2"</source>
            <translation>%1: bắt buộc với kiểu xác thực "%2"</translation>
        </message>
        <message>
            <source>%1: an API key goes either in a header (%2) or in a query parameter (%3)</source>
            <translation>%1: khóa API chỉ đặt ở tiêu đề (%2) hoặc ở tham số truy vấn (%3)</translation>
        </message>
        <message>
            <source>%1: "%2" is not an authentication type (none, basic, bearer, apiKey)</source>
            <translation>%1: "%2" không phải kiểu xác thực (none, basic, bearer, apiKey)</translation>
        </message>
        <message>
            <source>%1: fetch() was called from a transport callback, where it would wait for itself; use start()</source>
            <translation>%1: fetch() được gọi từ một hàm gọi lại của tầng truyền tải, nơi nó sẽ phải chờ chính nó; hãy dùng start()</translation>
        </message>
    </context>
    <context>
        <name>TriggerText</name>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: không đọc được: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2: %3</source>
            <translation>%1: JSON không hợp lệ tại byte %2: %3</translation>
        </message>
        <message>
            <source>%1: /triggers/%2/rule: no alert rule "%3"</source>
            <translation>%1: /triggers/%2/rule: không có luật cảnh báo "%3"</translation>
        </message>
        <message>
            <source>%1: /triggers/%2/template: no SOP template "%3"</source>
            <translation>%1: /triggers/%2/template: không có mẫu quy trình SOP "%3"</translation>
        </message>
        <message>
            <source>%1: /triggers/%2/rule: "%3" already starts a template</source>
            <translation>%1: /triggers/%2/rule: "%3" đã khởi động một mẫu quy trình khác</translation>
        </message>
    </context>
    <context>
        <name>VideoText</name>
        <message>
            <source>Stream %1 has no URL.</source>
            <translation>Luồng %1 không có địa chỉ URL.</translation>
        </message>
        <message>
            <source>Stream %1: %2</source>
            <translation>Luồng %1: %2</translation>
        </message>
        <message>
            <source>Camera %1 has no stream configured.</source>
            <translation>Camera %1 chưa được cấu hình luồng video.</translation>
        </message>
        <message>
            <source>'%1' is not a clip name.</source>
            <translation>'%1' không phải tên đoạn phim.</translation>
        </message>
        <message>
            <source>The URL is malformed.</source>
            <translation>Địa chỉ URL sai định dạng.</translation>
        </message>
        <message>
            <source>The scheme '%1' is not supported (rtsp, rtsps, http, https or file).</source>
            <translation>Không hỗ trợ giao thức '%1' (chỉ rtsp, rtsps, http, https hoặc file).</translation>
        </message>
        <message>
            <source>The URL has no host.</source>
            <translation>Địa chỉ URL thiếu tên máy chủ.</translation>
        </message>
        <message>
            <source>There is no picture to save yet.</source>
            <translation>Chưa có hình để lưu.</translation>
        </message>
        <message>
            <source>The snapshot could not be written to %1.</source>
            <translation>Không ghi được ảnh chụp vào %1.</translation>
        </message>
        <message>
            <source>Connection refused: nothing answers at this address.</source>
            <translation>Kết nối bị từ chối: không có thiết bị trả lời tại địa chỉ này.</translation>
        </message>
        <message>
            <source>The camera's host name is unknown.</source>
            <translation>Không tìm thấy tên máy của camera.</translation>
        </message>
        <message>
            <source>The camera does not answer (timed out after %1 s).</source>
            <translation>Camera không trả lời (quá thời gian chờ %1 giây).</translation>
        </message>
        <message>
            <source>The camera needs a user name and password.</source>
            <translation>Camera yêu cầu tên đăng nhập và mật khẩu.</translation>
        </message>
        <message>
            <source>Wrong user name or password: the camera refused them.</source>
            <translation>Sai tên đăng nhập hoặc mật khẩu: camera từ chối.</translation>
        </message>
        <message>
            <source>The camera has no stream at this address.</source>
            <translation>Camera không có luồng video tại địa chỉ này.</translation>
        </message>
        <message>
            <source>The camera's answer is not a video stream.</source>
            <translation>Dữ liệu camera trả về không phải luồng video.</translation>
        </message>
        <message>
            <source>The camera answered with an error (%1).</source>
            <translation>Camera trả về lỗi (%1).</translation>
        </message>
        <message>
            <source>Network error: %1.</source>
            <translation>Lỗi mạng: %1.</translation>
        </message>
        <message>
            <source>The video file does not exist.</source>
            <translation>Tệp video không tồn tại.</translation>
        </message>
        <message>
            <source>The video file cannot be read.</source>
            <translation>Không đọc được tệp video.</translation>
        </message>
        <message>
            <source>No stream is configured for this camera.</source>
            <translation>Camera này chưa được cấu hình luồng video.</translation>
        </message>
        <message>
            <source>Not a video: the file or stream cannot be decoded.</source>
            <translation>Không phải video: không giải mã được tệp hoặc luồng.</translation>
        </message>
        <message>
            <source>The stream could not be opened or was lost.</source>
            <translation>Không mở được luồng hoặc luồng bị mất.</translation>
        </message>
        <message>
            <source>There is no video in this file or stream.</source>
            <translation>Tệp hoặc luồng này không có hình.</translation>
        </message>
        <message>
            <source>The stream ended.</source>
            <translation>Luồng video đã kết thúc.</translation>
        </message>
        <message>
            <source>No picture for %1 s.</source>
            <translation>Không có hình trong %1 giây.</translation>
        </message>
        <message>
            <source>No picture within %1 s of connecting.</source>
            <translation>Không có hình sau %1 giây kể từ khi kết nối.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Đã dừng</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Đang kết nối</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Trực tiếp</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Bị treo</translation>
        </message>
        <message>
            <source>Reconnecting</source>
            <translation>Đang kết nối lại</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>The camera's stream does not state its frame rate, which this video player cannot play safely. For H.264, turn on timing information (VUI) in the camera's encoder settings; for MJPEG, choose the camera's RTSP stream instead.</source>
            <translation>Luồng của camera không khai báo tốc độ khung hình nên trình phát video này không thể phát an toàn. Với H.264, hãy bật thông tin thời gian (VUI) trong cài đặt bộ mã hóa của camera; với MJPEG, hãy chọn luồng RTSP của camera.</translation>
        </message>
    </context>
    <context>
        <name>VideoTile</name>
        <message>
            <source>Drop a camera here</source>
            <translation>Thả camera vào đây</translation>
        </message>
        <message>
            <source>%1 fps · %2×%3 · %4 dropped · last frame %5 ms ago · %6 reconnects · stream %7</source>
            <translation>%1 khung/giây · %2×%3 · mất %4 khung · khung cuối %5 ms trước · kết nối lại %6 lần · luồng %7</translation>
        </message>
        <message>
            <source>main</source>
            <translation>chính</translation>
        </message>
        <message>
            <source>sub %1</source>
            <translation>phụ %1</translation>
        </message>
        <message>
            <source>Stats</source>
            <translation>Thông số</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Chụp ảnh</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Phân tích</translation>
        </message>
    </context>
    <context>
        <name>VisionConfigText</name>
        <message>
            <source>%1.%2: a number is expected</source>
            <translation>%1.%2: cần một số</translation>
        </message>
        <message>
            <source>%1.%2: true or false is expected</source>
            <translation>%1.%2: cần giá trị true hoặc false</translation>
        </message>
        <message>
            <source>%1.kind: "%2" is not a zone kind (intrusion, crowd)</source>
            <translation>%1.kind: "%2" không phải loại vùng (intrusion, crowd)</translation>
        </message>
        <message>
            <source>%1.points: each point is [x, y]</source>
            <translation>%1.points: mỗi điểm có dạng [x, y]</translation>
        </message>
        <message>
            <source>%1.schedule: times are "HH:mm"</source>
            <translation>%1.schedule: giờ có dạng "HH:mm"</translation>
        </message>
        <message>
            <source>maxFps: %1 is outside 0 to 60 frames a second</source>
            <translation>maxFps: %1 nằm ngoài khoảng 0 đến 60 khung hình/giây</translation>
        </message>
        <message>
            <source>analysisWidth: %1 is outside 64 to 1920 pixels</source>
            <translation>analysisWidth: %1 nằm ngoài khoảng 64 đến 1920 điểm ảnh</translation>
        </message>
        <message>
            <source>quietSeconds: must not be negative</source>
            <translation>quietSeconds: không được âm</translation>
        </message>
        <message>
            <source>motion: threshold is 1 to 255 and minArea 0 to 1</source>
            <translation>motion: ngưỡng từ 1 đến 255 và minArea từ 0 đến 1</translation>
        </message>
        <message>
            <source>people: winStride must be at least 1, padding not negative, scale above 1</source>
            <translation>people: winStride tối thiểu là 1, padding không âm, scale lớn hơn 1</translation>
        </message>
        <message>
            <source>crowd: minPeople must be at least 1</source>
            <translation>crowd: minPeople tối thiểu là 1</translation>
        </message>
        <message>
            <source>dnn: the input is at least 8×8 pixels and the confidence 0 to 1</source>
            <translation>dnn: ảnh đầu vào tối thiểu 8×8 điểm ảnh và độ tin cậy từ 0 đến 1</translation>
        </message>
        <message>
            <source>%1.id: "%2" is not a zone id (letters, digits, _ and -)</source>
            <translation>%1.id: "%2" không phải mã vùng hợp lệ (chữ, số, _ và -)</translation>
        </message>
        <message>
            <source>%1.id: the zone "%2" is defined twice</source>
            <translation>%1.id: vùng "%2" được khai báo hai lần</translation>
        </message>
        <message>
            <source>%1.points: a zone needs at least 3 points, it has %2</source>
            <translation>%1.points: một vùng cần ít nhất 3 điểm, vùng này có %2</translation>
        </message>
        <message>
            <source>%1.points: coordinates are fractions of the picture, 0 to 1</source>
            <translation>%1.points: tọa độ là tỉ lệ trên khung hình, từ 0 đến 1</translation>
        </message>
        <message>
            <source>%1: minObjectArea is 0 to 1 and dwellSeconds not negative</source>
            <translation>%1: minObjectArea từ 0 đến 1 và dwellSeconds không âm</translation>
        </message>
        <message>
            <source>%1.schedule: days are 1 (Monday) to 7 (Sunday)</source>
            <translation>%1.schedule: ngày từ 1 (thứ Hai) đến 7 (Chủ nhật)</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>không tạo được thư mục %1</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>không ghi được %1: %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>không đọc được %1: %2</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: không phải đối tượng JSON (%2)</translation>
        </message>
        <message>
            <source>people.regions: "motion" or "frame" is expected</source>
            <translation>people.regions: cần giá trị "motion" hoặc "frame"</translation>
        </message>
    </context>
    <context>
        <name>VisionDnnText</name>
        <message>
            <source>the detection model %1 does not exist</source>
            <translation>mô hình nhận dạng %1 không tồn tại</translation>
        </message>
        <message>
            <source>the class list %1 cannot be read</source>
            <translation>không đọc được danh sách lớp %1</translation>
        </message>
        <message>
            <source>the class list %1 is empty</source>
            <translation>danh sách lớp %1 trống</translation>
        </message>
        <message>
            <source>the detection model %1 cannot be read: %2</source>
            <translation>không đọc được mô hình nhận dạng %1: %2</translation>
        </message>
        <message>
            <source>the detection model %1 has no layers</source>
            <translation>mô hình nhận dạng %1 không có lớp nào</translation>
        </message>
        <message>
            <source>the detection model failed: %1</source>
            <translation>mô hình nhận dạng bị lỗi: %1</translation>
        </message>
        <message>
            <source>the detection model's output is [%1]; [1, N, %2] or [1, %2, N] was expected (%3 classes)</source>
            <translation>đầu ra của mô hình nhận dạng là [%1]; cần [1, N, %2] hoặc [1, %2, N] (%3 lớp)</translation>
        </message>
        <message>
            <source>the detection model's rows have %1 values; %2 were expected</source>
            <translation>mỗi hàng đầu ra của mô hình có %1 giá trị; cần %2</translation>
        </message>
    </context>
    <context>
        <name>VisionFrameText</name>
        <message>
            <source>the frame is empty (%1×%2)</source>
            <translation>khung hình trống (%1×%2)</translation>
        </message>
        <message>
            <source>the frame cannot be read (format %1)</source>
            <translation>không đọc được khung hình (định dạng %1)</translation>
        </message>
        <message>
            <source>frames of format %1 cannot be analysed</source>
            <translation>không phân tích được khung hình định dạng %1</translation>
        </message>
        <message>
            <source>the frame is empty or not a colour picture</source>
            <translation>khung hình trống hoặc không phải ảnh màu</translation>
        </message>
    </context>
    <context>
        <name>VisionText</name>
        <message>
            <source>Analytics of camera %1 are off: %2</source>
            <translation>Đã tắt phân tích hình ảnh của camera %1: %2</translation>
        </message>
        <message>
            <source>the analysis failed: %1</source>
            <translation>phân tích bị lỗi: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 (%n found)</source>
            <translation>
                <numerusform>%1: %2 (phát hiện %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>false alarms cannot be recorded: no alert service</source>
            <translation>không ghi nhận được báo động giả: không có dịch vụ cảnh báo</translation>
        </message>
        <message>
            <source>alert %1 is not a camera analytics alert</source>
            <translation>cảnh báo %1 không phải cảnh báo từ phân tích hình ảnh</translation>
        </message>
    </context>
    <context>
        <name>VisionUiText</name>
        <message>
            <source>Crowd</source>
            <translation>Tụ tập</translation>
        </message>
        <message>
            <source>Intrusion</source>
            <translation>Xâm nhập</translation>
        </message>
        <message>
            <source>Fire or smoke</source>
            <translation>Khói hoặc lửa</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Vật thể</translation>
        </message>
        <message>
            <source>Camera analytics do not run on this console.</source>
            <translation>Máy điều hành này không chạy phân tích hình ảnh camera.</translation>
        </message>
        <message>
            <source>Analytics of camera %1 are off: %2</source>
            <translation>Đã tắt phân tích hình ảnh của camera %1: %2</translation>
        </message>
        <message>
            <source>Camera %1 is not known to the analytics.</source>
            <translation>Phân tích hình ảnh không có camera %1.</translation>
        </message>
    </context>
    <context>
        <name>WallLayoutText</name>
        <message>
            <source>The layout '%1' is neither a preset (%2) nor a grid such as '2x3' or '3x3:0,0,2,2'.</source>
            <translation>Bố cục '%1' không phải bố cục có sẵn (%2) cũng không phải lưới dạng '2x3' hoặc '3x3:0,0,2,2'.</translation>
        </message>
        <message>
            <source>The layout '%1': the tile '%2' must be four numbers: row, column, rows spanned, columns spanned.</source>
            <translation>Bố cục '%1': ô '%2' phải gồm bốn số: hàng, cột, số hàng chiếm, số cột chiếm.</translation>
        </message>
        <message>
            <source>The layout '%1': %2</source>
            <translation>Bố cục '%1': %2</translation>
        </message>
        <message>
            <source>a grid has 1 to %1 rows and columns, not %2 × %3.</source>
            <translation>lưới có từ 1 đến %1 hàng và cột, không phải %2 × %3.</translation>
        </message>
        <message>
            <source>the tile at row %1, column %2 spans no cell.</source>
            <translation>ô tại hàng %1, cột %2 không chiếm ô lưới nào.</translation>
        </message>
        <message>
            <source>the tile at row %1, column %2 (%3 × %4 cells) does not fit in the %5 × %6 grid.</source>
            <translation>ô tại hàng %1, cột %2 (%3 × %4 ô) không nằm gọn trong lưới %5 × %6.</translation>
        </message>
        <message>
            <source>two tiles overlap at row %1, column %2.</source>
            <translation>hai ô chồng lên nhau tại hàng %1, cột %2.</translation>
        </message>
    </context>
    <context>
        <name>WallProfileText</name>
        <message>
            <source>%1 must be a list of camera keys.</source>
            <translation>%1 phải là danh sách mã camera.</translation>
        </message>
        <message>
            <source>'%1' is not a wall profile name: use 1 to 64 letters, digits, '-', '_' or '.', not starting with '.'.</source>
            <translation>'%1' không phải tên cấu hình tường hợp lệ: dùng 1 đến 64 chữ, số, '-', '_' hoặc '.', không bắt đầu bằng '.'.</translation>
        </message>
        <message>
            <source>the format version must be %1.</source>
            <translation>phiên bản định dạng phải là %1.</translation>
        </message>
        <message>
            <source>'screens' must be a list of at least one screen.</source>
            <translation>'screens' phải là danh sách có ít nhất một màn hình.</translation>
        </message>
        <message>
            <source>screen %1 is not an object.</source>
            <translation>màn hình %1 không phải đối tượng JSON.</translation>
        </message>
        <message>
            <source>screen %1: %2</source>
            <translation>màn hình %1: %2</translation>
        </message>
        <message>
            <source>screen %1: 'cameras'</source>
            <translation>màn hình %1: 'cameras'</translation>
        </message>
        <message>
            <source>screen %1: %2 cameras for %3 tiles.</source>
            <translation>màn hình %1: %2 camera cho %3 ô.</translation>
        </message>
        <message>
            <source>screen %1: the tour's 'cameras'</source>
            <translation>màn hình %1: 'cameras' của vòng tuần tra</translation>
        </message>
        <message>
            <source>screen %1: a tour shows each camera at least %2 seconds, not %3.</source>
            <translation>màn hình %1: vòng tuần tra hiển thị mỗi camera tối thiểu %2 giây, không phải %3.</translation>
        </message>
        <message>
            <source>The wall profile %1 could not be read (%2); the default layout is shown.</source>
            <translation>Không đọc được cấu hình tường %1 (%2); đang hiển thị bố cục mặc định.</translation>
        </message>
        <message>
            <source>not JSON (%1 at byte %2)</source>
            <translation>không phải JSON (%1 tại byte %2)</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>không phải đối tượng JSON</translation>
        </message>
        <message>
            <source>The wall profile %1 is damaged (%2); it was kept as %3 and the default layout is shown.</source>
            <translation>Cấu hình tường %1 bị hỏng (%2); tệp được giữ lại tại %3 và đang hiển thị bố cục mặc định.</translation>
        </message>
        <message>
            <source>The wall profile %1 is damaged (%2); the default layout is shown.</source>
            <translation>Cấu hình tường %1 bị hỏng (%2); đang hiển thị bố cục mặc định.</translation>
        </message>
        <message>
            <source>The folder %1 could not be created for the wall profiles.</source>
            <translation>Không tạo được thư mục %1 cho các cấu hình tường.</translation>
        </message>
        <message>
            <source>The wall profile %1 could not be saved: %2</source>
            <translation>Không lưu được cấu hình tường %1: %2</translation>
        </message>
    </context>
    <context>
        <name>WallScreen</name>
        <message>
            <source>Cameras (%1)</source>
            <translation>Camera (%1)</translation>
        </message>
        <message>
            <source>Search a camera or road</source>
            <translation>Tìm camera hoặc tuyến đường</translation>
        </message>
        <message>
            <source>Drag a camera onto a tile; double click to open it.</source>
            <translation>Kéo camera vào một ô; nhấp đúp để mở camera.</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Bố cục</translation>
        </message>
        <message>
            <source>Custom %1</source>
            <translation>Tùy chỉnh %1</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Lấp đầy</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Xóa hết</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Thu nhỏ lại</translation>
        </message>
        <message>
            <source>Tour every</source>
            <translation>Tuần tra mỗi</translation>
        </message>
        <message>
            <source>s</source>
            <translation>giây</translation>
        </message>
        <message>
            <source>Stop tour</source>
            <translation>Dừng tuần tra</translation>
        </message>
        <message>
            <source>Start tour</source>
            <translation>Bắt đầu tuần tra</translation>
        </message>
        <message>
            <source>Stream details</source>
            <translation>Chi tiết luồng</translation>
        </message>
        <message>
            <source>Screen %1 of %2</source>
            <translation>Màn hình %1/%2</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Tên cấu hình</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Lưu cấu hình</translation>
        </message>
    </context>
    <context>
        <name>WallText</name>
        <message>
            <source>The cameras could not be read: %1</source>
            <translation>Không đọc được danh sách camera: %1</translation>
        </message>
        <message>
            <source>The camera %1 is not known.</source>
            <translation>Không có camera %1.</translation>
        </message>
        <message>
            <source>A tour needs at least one known camera.</source>
            <translation>Vòng tuần tra cần ít nhất một camera có trong hệ thống.</translation>
        </message>
        <message>
            <source>No camera with a position is known.</source>
            <translation>Không có camera nào có vị trí.</translation>
        </message>
    </context>
    <context>
        <name>WallWindow</name>
        <message>
            <source>IOC Desk — camera wall %1</source>
            <translation>IOC Desk — tường camera %1</translation>
        </message>
        <message>
            <source>Sign in on the console to show the cameras.</source>
            <translation>Đăng nhập trên máy điều hành để hiển thị camera.</translation>
        </message>
    </context>
    <context>
        <name>ioc::AccountText</name>
        <message>
            <source>account %1: unknown role '%2'</source>
            <translation>tài khoản %1: vai trò không xác định '%2'</translation>
        </message>
        <message>
            <source>reading account %1</source>
            <translation>đọc tài khoản %1</translation>
        </message>
        <message>
            <source>reading accounts</source>
            <translation>đọc danh sách tài khoản</translation>
        </message>
        <message>
            <source>counting accounts</source>
            <translation>đếm tài khoản</translation>
        </message>
        <message>
            <source>creating account %1</source>
            <translation>tạo tài khoản %1</translation>
        </message>
        <message>
            <source>changing account %1</source>
            <translation>sửa tài khoản %1</translation>
        </message>
        <message>
            <source>account %1 does not exist</source>
            <translation>tài khoản %1 không tồn tại</translation>
        </message>
        <message>
            <source>recording a sign-in of %1</source>
            <translation>ghi nhận lần đăng nhập của %1</translation>
        </message>
    </context>
    <context>
        <name>ioc::AccountsText</name>
        <message>
            <source>'%1' is not a role.</source>
            <translation>'%1' không phải là vai trò.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp.</translation>
        </message>
        <message>
            <source>You cannot reset your own password here; another administrator can.</source>
            <translation>Bạn không thể tự đặt lại mật khẩu của mình ở đây; một quản trị viên khác có thể làm.</translation>
        </message>
    </context>
    <context>
        <name>ioc::ApprovalText</name>
        <message>
            <source>An approval needs the step and who performed it.</source>
            <translation>Phê duyệt cần nêu bước và người đã thực hiện bước đó.</translation>
        </message>
        <message>
            <source>%1 performed this step and cannot also approve it: another supervisor must.</source>
            <translation>%1 đã thực hiện bước này nên không thể tự phê duyệt: cần một trưởng ca khác.</translation>
        </message>
        <message>
            <source>The approval could not be recorded: %1</source>
            <translation>Không ghi được phê duyệt: %1</translation>
        </message>
    </context>
    <context>
        <name>ioc::AuditText</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ioc::AuthText</name>
        <message>
            <source>The login or the password is wrong.</source>
            <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
        </message>
        <message>
            <source>Accounts cannot be read right now: %1</source>
            <translation>Hiện không đọc được tài khoản: %1</translation>
        </message>
        <message>
            <source>This account is locked after too many failed sign-ins; try again after %1.</source>
            <translation>Tài khoản bị khóa do đăng nhập sai quá nhiều lần; hãy thử lại sau %1.</translation>
        </message>
        <message>
            <source>This account was changed outside IOC Desk and cannot be used; an administrator must check it.</source>
            <translation>Tài khoản này đã bị sửa ngoài IOC Desk nên không dùng được; quản trị viên cần kiểm tra.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins: this account is locked until %1.</source>
            <translation>Đăng nhập sai quá nhiều lần: tài khoản bị khóa đến %1.</translation>
        </message>
        <message>
            <source>This account is disabled; ask an administrator.</source>
            <translation>Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên.</translation>
        </message>
        <message>
            <source>%1 (%2) may not %3.</source>
            <translation>%1 (%2) không có quyền %3.</translation>
        </message>
        <message>
            <source>Sign in to %1.</source>
            <translation>Hãy đăng nhập để %1.</translation>
        </message>
        <message>
            <source>%1 is outside the areas %2 is responsible for.</source>
            <translation>%1 nằm ngoài địa bàn %2 phụ trách.</translation>
        </message>
        <message>
            <source>A display name has 1 to 120 characters.</source>
            <translation>Tên hiển thị có từ 1 đến 120 ký tự.</translation>
        </message>
        <message>
            <source>'%1' is not an area code.</source>
            <translation>'%1' không phải mã địa bàn.</translation>
        </message>
        <message>
            <source>The login %1 is taken.</source>
            <translation>Tên đăng nhập %1 đã có người dùng.</translation>
        </message>
        <message>
            <source>There is no account %1.</source>
            <translation>Không có tài khoản %1.</translation>
        </message>
        <message>
            <source>An administrator exists already; sign in instead.</source>
            <translation>Đã có quản trị viên; hãy đăng nhập.</translation>
        </message>
        <message>
            <source>account %1: %2</source>
            <translation>tài khoản %1: %2</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp.</translation>
        </message>
        <message>
            <source>You cannot change your own role or disable your own account; another administrator can.</source>
            <translation>Bạn không thể tự đổi vai trò hay vô hiệu hóa tài khoản của mình; một quản trị viên khác có thể làm.</translation>
        </message>
    </context>
    <context>
        <name>ioc::CapabilityText</name>
        <message>
            <source>Viewer</source>
            <translation>Người xem</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Điều hành viên</translation>
        </message>
        <message>
            <source>Shift supervisor</source>
            <translation>Trưởng ca</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Lãnh đạo</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <source>view cameras</source>
            <translation>xem camera</translation>
        </message>
        <message>
            <source>acknowledge alerts</source>
            <translation>xác nhận cảnh báo</translation>
        </message>
        <message>
            <source>start an SOP</source>
            <translation>khởi động quy trình SOP</translation>
        </message>
        <message>
            <source>approve an SOP step</source>
            <translation>phê duyệt bước SOP</translation>
        </message>
        <message>
            <source>edit KPI plans</source>
            <translation>sửa kế hoạch chỉ tiêu</translation>
        </message>
        <message>
            <source>manage connectors</source>
            <translation>quản lý kết nối dữ liệu</translation>
        </message>
        <message>
            <source>manage accounts</source>
            <translation>quản lý tài khoản</translation>
        </message>
        <message>
            <source>view the audit</source>
            <translation>xem nhật ký kiểm tra</translation>
        </message>
        <message>
            <source>ask for an explanation of an indicator</source>
            <translation>yêu cầu giải trình chỉ tiêu</translation>
        </message>
        <message>
            <source>configure camera analytics</source>
            <translation>cấu hình phân tích hình ảnh camera</translation>
        </message>
    </context>
    <context>
        <name>ioc::ChangeFeed</name>
        <message>
            <source>cannot listen for other consoles' changes</source>
            <translation>không nhận được thay đổi từ các máy trạm khác</translation>
        </message>
    </context>
    <context>
        <name>ioc::ConnectorStatusModel</name>
        <message>
            <source>starting</source>
            <translation>đang khởi động</translation>
        </message>
        <message>
            <source>waiting for the next poll</source>
            <translation>đang chờ lần thăm dò tiếp theo</translation>
        </message>
        <message>
            <source>polling</source>
            <translation>đang thăm dò</translation>
        </message>
        <message>
            <source>failed, retrying</source>
            <translation>lỗi, đang thử lại</translation>
        </message>
        <message>
            <source>paused after repeated failures</source>
            <translation>tạm dừng do lỗi lặp lại nhiều lần</translation>
        </message>
        <message>
            <source>receiving</source>
            <translation>đang nhận dữ liệu</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>mất kết nối</translation>
        </message>
        <message>
            <source>standby (another node runs it)</source>
            <translation>dự phòng (nút khác đang chạy)</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>đã dừng</translation>
        </message>
        <message>
            <source>cannot run</source>
            <translation>không chạy được</translation>
        </message>
        <message>
            <source>unknown state %1</source>
            <translation>trạng thái không xác định %1</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>vừa xong</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n phút trước</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n giờ trước</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n ngày trước</numerusform>
            </translation>
        </message>
        <message>
            <source>closed (attempts go through)</source>
            <translation>đóng (các lần thử được thực hiện)</translation>
        </message>
        <message>
            <source>open (attempts paused)</source>
            <translation>mở (tạm dừng các lần thử)</translation>
        </message>
        <message>
            <source>half-open (one trial attempt)</source>
            <translation>nửa mở (một lần thử nghiệm)</translation>
        </message>
    </context>
    <context>
        <name>ioc::ConnectorsController</name>
        <message>
            <source>This console does not run the connectors; %1 polls on the node that runs it.</source>
            <translation>Máy trạm này không chạy các bộ kết nối; %1 sẽ thăm dò trên nút đang chạy nó.</translation>
        </message>
        <message>
            <source>%1 polls now.</source>
            <translation>%1 bắt đầu thăm dò ngay.</translation>
        </message>
        <message>
            <source>This console does not run the connectors; the node that runs %1 handles its quarantine.</source>
            <translation>Máy trạm này không chạy các bộ kết nối; nút đang chạy %1 sẽ xử lý các bản ghi bị cách ly của nó.</translation>
        </message>
        <message>
            <source>Record %1 is being mapped again…</source>
            <translation>Đang ánh xạ lại bản ghi %1…</translation>
        </message>
        <message>
            <source>Record %1 is being discarded…</source>
            <translation>Đang loại bỏ bản ghi %1…</translation>
        </message>
        <message>
            <source>Record %1 handled.</source>
            <translation>Đã xử lý bản ghi %1.</translation>
        </message>
        <message>
            <source>Record %1 could not be handled.</source>
            <translation>Không xử lý được bản ghi %1.</translation>
        </message>
    </context>
    <context>
        <name>ioc::CredentialText</name>
        <message>
            <source>Enter a login.</source>
            <translation>Hãy nhập tên đăng nhập.</translation>
        </message>
        <message>
            <source>A login has at most %1 characters.</source>
            <translation>Tên đăng nhập có tối đa %1 ký tự.</translation>
        </message>
        <message>
            <source>A login may contain only the letters a–z, digits, '.', '_' and '-' (found U+%1).</source>
            <translation>Tên đăng nhập chỉ gồm chữ a–z, chữ số, '.', '_' và '-' (gặp U+%1).</translation>
        </message>
        <message>
            <source>A login starts with a letter or a digit.</source>
            <translation>Tên đăng nhập bắt đầu bằng chữ cái hoặc chữ số.</translation>
        </message>
        <message>
            <source>A password has at least %1 characters.</source>
            <translation>Mật khẩu có ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <source>A password has at most %1 characters.</source>
            <translation>Mật khẩu có tối đa %1 ký tự.</translation>
        </message>
        <message>
            <source>A password is not one character repeated.</source>
            <translation>Mật khẩu không được là một ký tự lặp lại.</translation>
        </message>
        <message>
            <source>A password shorter than 16 characters mixes three of: lower case, upper case, digits, other characters.</source>
            <translation>Mật khẩu ngắn hơn 16 ký tự phải gồm ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự khác.</translation>
        </message>
        <message>
            <source>A password does not contain the login.</source>
            <translation>Mật khẩu không được chứa tên đăng nhập.</translation>
        </message>
    </context>
    <context>
        <name>ioc::DemoDataText</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>không đọc được %1: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at offset %3</source>
            <translation>%1 không phải JSON hợp lệ: %2 tại vị trí %3</translation>
        </message>
        <message>
            <source>%1: the top level must be a JSON object</source>
            <translation>%1: cấp ngoài cùng phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>%1 must be a non-empty text</source>
            <translation>%1 phải là chuỗi văn bản không rỗng</translation>
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation>%1 phải là một số</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 phải là true hoặc false</translation>
        </message>
        <message>
            <source>%1 must be a non-empty list of texts</source>
            <translation>%1 phải là danh sách chuỗi văn bản không rỗng</translation>
        </message>
        <message>
            <source>%1 must be a non-empty list of objects</source>
            <translation>%1 phải là danh sách đối tượng không rỗng</translation>
        </message>
        <message>
            <source>%1 must be one of %2</source>
            <translation>%1 phải là một trong các giá trị %2</translation>
        </message>
        <message>
            <source>%1 must be a list of two numbers, the smaller first</source>
            <translation>%1 phải là danh sách hai số, số nhỏ đứng trước</translation>
        </message>
    </context>
    <context>
        <name>ioc::DemoProvinceText</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>không đọc được %1: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at offset %3</source>
            <translation>%1 không phải JSON hợp lệ: %2 tại vị trí %3</translation>
        </message>
        <message>
            <source>%1 is not a GeoJSON FeatureCollection</source>
            <translation>%1 không phải GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <source>%1 holds no feature</source>
            <translation>%1 không có đối tượng địa lý nào</translation>
        </message>
        <message>
            <source>%1, feature %2: the property "%3" is missing or empty</source>
            <translation>%1, đối tượng %2: thuộc tính "%3" bị thiếu hoặc rỗng</translation>
        </message>
        <message>
            <source>%1, feature %2: the property "areaKm2" is missing or not a number</source>
            <translation>%1, đối tượng %2: thuộc tính "areaKm2" bị thiếu hoặc không phải số</translation>
        </message>
        <message>
            <source>%1, feature %2: the geometry is not a Polygon or MultiPolygon with valid coordinates</source>
            <translation>%1, đối tượng %2: hình học không phải Polygon hoặc MultiPolygon có tọa độ hợp lệ</translation>
        </message>
        <message>
            <source>%1 names the ward %2, which %3 does not hold</source>
            <translation>%1 nêu xã, phường %2, nhưng %3 không có</translation>
        </message>
    </context>
    <context>
        <name>ioc::DomainText</name>
        <message>
            <source>%1 %2: the source is missing</source>
            <translation>%1 %2: thiếu nguồn</translation>
        </message>
        <message>
            <source>%1 from %2: the external id is missing</source>
            <translation>%1 từ %2: thiếu mã định danh bên ngoài</translation>
        </message>
        <message>
            <source>%1: %2 is missing or not a valid time</source>
            <translation>%1: %2 bị thiếu hoặc không phải thời gian hợp lệ</translation>
        </message>
        <message>
            <source>%1: latitude %2 is outside -90…90</source>
            <translation>%1: vĩ độ %2 nằm ngoài -90…90</translation>
        </message>
        <message>
            <source>%1: longitude %2 is outside -180…180</source>
            <translation>%1: kinh độ %2 nằm ngoài -180…180</translation>
        </message>
        <message>
            <source>asset</source>
            <translation>thiết bị</translation>
        </message>
        <message>
            <source>asset %1</source>
            <translation>thiết bị %1</translation>
        </message>
        <message>
            <source>%1: the name is missing</source>
            <translation>%1: thiếu tên</translation>
        </message>
        <message>
            <source>case</source>
            <translation>sự vụ</translation>
        </message>
        <message>
            <source>case %1</source>
            <translation>sự vụ %1</translation>
        </message>
        <message>
            <source>%1: the title is missing</source>
            <translation>%1: thiếu tiêu đề</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>số đo</translation>
        </message>
        <message>
            <source>observation %1 %2</source>
            <translation>số đo %1 %2</translation>
        </message>
        <message>
            <source>%1: the metric is missing</source>
            <translation>%1: thiếu đại lượng đo</translation>
        </message>
        <message>
            <source>%1: the value is not a number</source>
            <translation>%1: giá trị không phải là số</translation>
        </message>
        <message>
            <source>unit position</source>
            <translation>vị trí lực lượng</translation>
        </message>
        <message>
            <source>position of %1</source>
            <translation>vị trí của %1</translation>
        </message>
        <message>
            <source>%1: the coordinate is missing</source>
            <translation>%1: thiếu tọa độ</translation>
        </message>
        <message>
            <source>indicator %1 %2 %3</source>
            <translation>chỉ tiêu %1 %2 %3</translation>
        </message>
        <message>
            <source>%1: indicator, area and period are all required</source>
            <translation>%1: cần đủ chỉ tiêu, địa bàn và kỳ</translation>
        </message>
        <message>
            <source>%1: plan and actual must be numbers</source>
            <translation>%1: kế hoạch và thực hiện phải là số</translation>
        </message>
        <message>
            <source>alert</source>
            <translation>cảnh báo</translation>
        </message>
        <message>
            <source>alert %1</source>
            <translation>cảnh báo %1</translation>
        </message>
        <message>
            <source>%1: the rule is missing</source>
            <translation>%1: thiếu luật cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>ioc::ExplanationText</name>
        <message>
            <source>A request names the indicator and the period.</source>
            <translation>Yêu cầu phải nêu chỉ tiêu và kỳ.</translation>
        </message>
        <message>
            <source>Write the question (at most 2,000 characters).</source>
            <translation>Hãy nhập nội dung yêu cầu (tối đa 2.000 ký tự).</translation>
        </message>
        <message>
            <source>Name the unit that must answer.</source>
            <translation>Hãy nêu đơn vị phải giải trình.</translation>
        </message>
        <message>
            <source>The deadline must be in the future.</source>
            <translation>Hạn trả lời phải ở tương lai.</translation>
        </message>
        <message>
            <source>There is no request %1.</source>
            <translation>Không có yêu cầu %1.</translation>
        </message>
        <message>
            <source>This request was answered already.</source>
            <translation>Yêu cầu này đã được trả lời.</translation>
        </message>
        <message>
            <source>Sign in to answer.</source>
            <translation>Hãy đăng nhập để trả lời.</translation>
        </message>
        <message>
            <source>Only %1 answers this request.</source>
            <translation>Chỉ %1 trả lời yêu cầu này.</translation>
        </message>
        <message>
            <source>Write the answer (at most 4,000 characters).</source>
            <translation>Hãy nhập nội dung trả lời (tối đa 4.000 ký tự).</translation>
        </message>
    </context>
    <context>
        <name>ioc::GeoJsonReader</name>
        <message>
            <source>a GeometryCollection has no "geometries" array</source>
            <translation>GeometryCollection không có mảng "geometries"</translation>
        </message>
        <message>
            <source>geometry %1 of the collection: </source>
            <translation>hình %1 của tập hợp: </translation>
        </message>
        <message>
            <source>not an object but %1</source>
            <translation>không phải đối tượng mà là %1</translation>
        </message>
        <message>
            <source>unknown geometry type "%1"</source>
            <translation>kiểu hình học không xác định "%1"</translation>
        </message>
        <message>
            <source>the %1 has no "coordinates" array</source>
            <translation>%1 không có mảng "coordinates"</translation>
        </message>
        <message>
            <source>the point</source>
            <translation>điểm</translation>
        </message>
        <message>
            <source>point %1</source>
            <translation>điểm %1</translation>
        </message>
        <message>
            <source>the line</source>
            <translation>đường</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>đường %1</translation>
        </message>
        <message>
            <source>wrong nesting in %1: a position must be an array [longitude, latitude], not %2</source>
            <translation>lồng sai trong %1: một vị trí phải là mảng [kinh độ, vĩ độ], không phải %2</translation>
        </message>
        <message>
            <source>wrong nesting in %1: arrays nested deeper than a position</source>
            <translation>lồng sai trong %1: mảng lồng sâu hơn một vị trí</translation>
        </message>
        <message>
            <source>%1: a position needs a longitude and a latitude (numbers)</source>
            <translation>%1: một vị trí cần kinh độ và vĩ độ (dạng số)</translation>
        </message>
        <message>
            <source>latitude %1 out of range in %2</source>
            <translation>vĩ độ %1 nằm ngoài phạm vi trong %2</translation>
        </message>
        <message>
            <source>longitude %1 out of range in %2</source>
            <translation>kinh độ %1 nằm ngoài phạm vi trong %2</translation>
        </message>
        <message>
            <source>wrong nesting in %1: expected an array of positions, not %2</source>
            <translation>lồng sai trong %1: cần một mảng vị trí, không phải %2</translation>
        </message>
        <message>
            <source>%1 has %2 positions; a line needs at least 2</source>
            <translation>%1 có %2 vị trí; một đường cần ít nhất 2</translation>
        </message>
        <message>
            <source>the polygon</source>
            <translation>đa giác</translation>
        </message>
        <message>
            <source>polygon %1</source>
            <translation>đa giác %1</translation>
        </message>
        <message>
            <source>wrong nesting in %1: expected an array of rings, not %2</source>
            <translation>lồng sai trong %1: cần một mảng vòng, không phải %2</translation>
        </message>
        <message>
            <source>%1 has no rings</source>
            <translation>%1 không có vòng nào</translation>
        </message>
        <message>
            <source>ring %1</source>
            <translation>vòng %1</translation>
        </message>
        <message>
            <source>ring %1 of polygon %2</source>
            <translation>vòng %1 của đa giác %2</translation>
        </message>
        <message>
            <source>wrong nesting in %1: a ring must be an array of positions, not one position</source>
            <translation>lồng sai trong %1: một vòng phải là mảng vị trí, không phải một vị trí</translation>
        </message>
        <message>
            <source>%1 has %2 positions; a closed ring needs at least 4</source>
            <translation>%1 có %2 vị trí; một vòng khép kín cần ít nhất 4</translation>
        </message>
        <message>
            <source>%1 is not closed: its first and last positions differ</source>
            <translation>%1 không khép kín: vị trí đầu và cuối khác nhau</translation>
        </message>
        <message>
            <source>%1 has fewer than 3 distinct positions</source>
            <translation>%1 có ít hơn 3 vị trí khác nhau</translation>
        </message>
        <message>
            <source>%1 intersects itself</source>
            <translation>%1 tự cắt chính nó</translation>
        </message>
        <message>
            <source>not JSON: %1 at offset %2</source>
            <translation>không phải JSON: %1 tại vị trí %2</translation>
        </message>
        <message>
            <source>not GeoJSON: the document is not a JSON object</source>
            <translation>không phải GeoJSON: tài liệu không phải một đối tượng JSON</translation>
        </message>
        <message>
            <source>feature %1: </source>
            <translation>đối tượng %1: </translation>
        </message>
        <message>
            <source>wrong nesting: a FeatureCollection holds Features, not "%1"</source>
            <translation>lồng sai: FeatureCollection chứa các Feature, không phải "%1"</translation>
        </message>
        <message>
            <source>a Feature needs a "geometry" member (null when it has none)</source>
            <translation>Feature cần thành phần "geometry" (null nếu không có)</translation>
        </message>
        <message>
            <source>the geometry is %1, not an object or null</source>
            <translation>geometry là %1, không phải đối tượng hay null</translation>
        </message>
        <message>
            <source>not GeoJSON: a FeatureCollection needs a "features" array</source>
            <translation>không phải GeoJSON: FeatureCollection cần mảng "features"</translation>
        </message>
        <message>
            <source>not GeoJSON: the object has no "type"</source>
            <translation>không phải GeoJSON: đối tượng không có "type"</translation>
        </message>
        <message>
            <source>not GeoJSON: unknown type "%1"</source>
            <translation>không phải GeoJSON: kiểu không xác định "%1"</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>không đọc được %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ioc::IngestText</name>
        <message>
            <source>cannot prepare the %1 statement</source>
            <translation>không chuẩn bị được câu lệnh ghi %1</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>không ghi được %1</translation>
        </message>
        <message>
            <source>cannot look up assets</source>
            <translation>không tra cứu được thiết bị</translation>
        </message>
        <message>
            <source>cannot look up asset %1</source>
            <translation>không tra cứu được thiết bị %1</translation>
        </message>
        <message>
            <source>area #%1: the code or the name is missing</source>
            <translation>địa bàn số %1: thiếu mã hoặc tên</translation>
        </message>
        <message>
            <source>indicator #%1: the code or the name is missing</source>
            <translation>chỉ tiêu số %1: thiếu mã hoặc tên</translation>
        </message>
        <message>
            <source>observation %1 %2: unknown asset</source>
            <translation>số đo %1 %2: không có thiết bị này</translation>
        </message>
        <message>
            <source>position of %1: unknown unit</source>
            <translation>vị trí của %1: không có lực lượng này</translation>
        </message>
        <message>
            <source>cannot move units</source>
            <translation>không cập nhật được vị trí lực lượng</translation>
        </message>
        <message>
            <source>cannot notify other consoles</source>
            <translation>không báo được cho các máy trạm khác</translation>
        </message>
    </context>
    <context>
        <name>ioc::JournalText</name>
        <message>
            <source>cannot lock the journal</source>
            <translation>không khóa được sổ nhật ký</translation>
        </message>
        <message>
            <source>cannot read the journal</source>
            <translation>không đọc được sổ nhật ký</translation>
        </message>
        <message>
            <source>cannot append to the journal</source>
            <translation>không ghi thêm được vào sổ nhật ký</translation>
        </message>
        <message>
            <source>expected entry %1 here: an entry is missing or was inserted</source>
            <translation>lẽ ra phải là mục %1: có mục bị mất hoặc bị chèn thêm</translation>
        </message>
        <message>
            <source>its link to the previous entry does not match (an entry before it was changed or removed)</source>
            <translation>liên kết với mục trước không khớp (một mục phía trước đã bị sửa hoặc xóa)</translation>
        </message>
        <message>
            <source>its content does not match its hash (the entry was changed)</source>
            <translation>nội dung không khớp với mã băm (mục này đã bị sửa)</translation>
        </message>
    </context>
    <context>
        <name>ioc::KpiBatchText</name>
        <message>
            <source>status columns: %1 has %2 entries for %3 rows</source>
            <extracomment>Developer error: %1 is a column name (plan, forecast…), %2 and %3 are counts.</extracomment>
            <translation>cột trạng thái: %1 có %2 phần tử cho %3 dòng</translation>
        </message>
        <message>
            <source>status columns: room for %1 results, %2 rows</source>
            <extracomment>Developer error: %1 and %2 are counts.</extracomment>
            <translation>cột trạng thái: chỗ cho %1 kết quả, %2 dòng</translation>
        </message>
        <message>
            <source>status columns: no series rule</source>
            <translation>cột trạng thái: không có quy tắc chuỗi</translation>
        </message>
        <message>
            <source>status columns: row %1 names a period or series past the tables (%2 periods, %3 series)</source>
            <extracomment>Developer error: %1 is a row number, %2 and %3 are counts.</extracomment>
            <translation>cột trạng thái: dòng %1 trỏ tới kỳ hoặc chuỗi ngoài bảng (%2 kỳ, %3 chuỗi)</translation>
        </message>
        <message>
            <source>status batch: every status must be judged at the same time</source>
            <translation>lô trạng thái: mọi trạng thái phải được đánh giá cùng một thời điểm</translation>
        </message>
        <message>
            <source>status batch: more than 65,536 periods</source>
            <translation>lô trạng thái: quá 65.536 kỳ</translation>
        </message>
    </context>
    <context>
        <name>ioc::KpiDashboardText</name>
        <message>
            <source>no figures to forecast from</source>
            <translation>chưa có số liệu để dự báo</translation>
        </message>
    </context>
    <context>
        <name>ioc::KpiText</name>
        <message>
            <source>cannot read the areas</source>
            <translation>không đọc được danh sách địa bàn</translation>
        </message>
        <message>
            <source>cannot compute the case indicators: the current time is not valid</source>
            <translation>không tính được chỉ tiêu từ sự vụ: thời điểm hiện tại không hợp lệ</translation>
        </message>
        <message>
            <source>cannot compute the case indicators: the period "%1" is not a month (YYYY-MM)</source>
            <translation>không tính được chỉ tiêu từ sự vụ: kỳ "%1" không phải là tháng (YYYY-MM)</translation>
        </message>
        <message>
            <source>cannot compute %1: unknown computation "%2"</source>
            <translation>không tính được %1: phép tính không xác định "%2"</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator record(s) rejected; the first: %1</source>
            <translation>
                <numerusform>%n bản ghi chỉ tiêu bị từ chối; bản ghi đầu: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot store the case indicators: no catalogue (compute them first)</source>
            <translation>không lưu được chỉ tiêu từ sự vụ: chưa có danh mục (hãy tính trước)</translation>
        </message>
        <message>
            <source>%1: field "%2": %3</source>
            <translation>%1: trường "%2": %3</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>bị thiếu</translation>
        </message>
        <message>
            <source>not a text</source>
            <translation>không phải chuỗi ký tự</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>trống</translation>
        </message>
        <message>
            <source>unknown value "%1" (expected one of: %2)</source>
            <translation>giá trị không xác định "%1" (cần một trong: %2)</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>không phải số</translation>
        </message>
        <message>
            <source>not a field of the catalogue</source>
            <translation>không phải trường của danh mục</translation>
        </message>
        <message>
            <source>not a list of area levels</source>
            <translation>không phải danh sách cấp địa bàn</translation>
        </message>
        <message>
            <source>"%1" is listed twice</source>
            <translation>"%1" bị liệt kê hai lần</translation>
        </message>
        <message>
            <source>%1 is not a whole number of hours from 1 to 1000000</source>
            <translation>%1 không phải số giờ nguyên từ 1 đến 1000000</translation>
        </message>
        <message>
            <source>not an object with "green" and "red"</source>
            <translation>không phải đối tượng có "green" và "red"</translation>
        </message>
        <message>
            <source>%1 is not above 0</source>
            <translation>%1 không lớn hơn 0</translation>
        </message>
        <message>
            <source>red %1 is above green %2</source>
            <translation>ngưỡng đỏ %1 lớn hơn ngưỡng xanh %2</translation>
        </message>
        <message>
            <source>computed indicators need "periodKind": "month"</source>
            <translation>chỉ tiêu tính từ sự vụ cần "periodKind": "month"</translation>
        </message>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: không đọc được: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at offset %2: %3</source>
            <translation>%1: JSON không hợp lệ tại vị trí %2: %3</translation>
        </message>
        <message>
            <source>%1: expected an object with an "indicators" list</source>
            <translation>%1: cần một đối tượng có danh sách "indicators"</translation>
        </message>
        <message>
            <source>%1: indicator #%2</source>
            <translation>%1: chỉ tiêu số %2</translation>
        </message>
        <message>
            <source>%1: indicator #%2 (%3)</source>
            <translation>%1: chỉ tiêu số %2 (%3)</translation>
        </message>
        <message>
            <source>%1: not an object</source>
            <translation>%1: không phải đối tượng</translation>
        </message>
        <message>
            <source>%1: field "code": already used by indicator #%2</source>
            <translation>%1: trường "code": đã dùng cho chỉ tiêu số %2</translation>
        </message>
        <message>
            <source>The season length must be at least 1 (got %1).</source>
            <translation>Độ dài mùa vụ phải ít nhất là 1 (nhận %1).</translation>
        </message>
        <message>
            <source>The forecast horizon must be 1 to %1 periods (got %2).</source>
            <translation>Số kỳ dự báo phải từ 1 đến %1 (nhận %2).</translation>
        </message>
        <message>
            <source>History value %1 of %2 is not a number.</source>
            <extracomment>%1 is the 1-based position of the value in the history.</extracomment>
            <translation>Giá trị lịch sử thứ %1 trên %2 không phải số.</translation>
        </message>
        <message>
            <source>All %1 back-test values are 0, so no percentage error can rank the methods.</source>
            <translation>Cả %1 giá trị kiểm định đều bằng 0 nên không thể xếp hạng phương pháp theo sai số phần trăm.</translation>
        </message>
        <message>
            <source>A forecast needs at least 4 history values, or one season and one more value (got %1).</source>
            <translation>Dự báo cần ít nhất 4 giá trị lịch sử, hoặc một mùa vụ và thêm một giá trị (nhận %1).</translation>
        </message>
        <message>
            <source>Method %1 needs a season length of at least 2 (got %2).</source>
            <translation>Phương pháp %1 cần độ dài mùa vụ ít nhất là 2 (nhận %2).</translation>
        </message>
        <message>
            <source>Method %1 needs at least %2 history values (got %3).</source>
            <translation>Phương pháp %1 cần ít nhất %2 giá trị lịch sử (nhận %3).</translation>
        </message>
        <message>
            <source>cannot count the cases</source>
            <translation>không đếm được sự vụ</translation>
        </message>
        <message>
            <source>month</source>
            <extracomment>Period word in status explanations ("at 40% of the month", "for the finished month").</extracomment>
            <translation>tháng</translation>
        </message>
        <message>
            <source>quarter</source>
            <extracomment>Period word in status explanations ("at 40% of the quarter").</extracomment>
            <translation>quý</translation>
        </message>
        <message>
            <source>year</source>
            <extracomment>Period word in status explanations ("at 40% of the year").</extracomment>
            <translation>năm</translation>
        </message>
        <message>
            <source>red</source>
            <comment>KPI status colour</comment>
            <translation>đỏ</translation>
        </message>
        <message>
            <source>orange</source>
            <comment>KPI status colour</comment>
            <translation>cam</translation>
        </message>
        <message>
            <source>green</source>
            <comment>KPI status colour</comment>
            <translation>xanh</translation>
        </message>
        <message>
            <source>grey</source>
            <comment>KPI status colour</comment>
            <translation>xám</translation>
        </message>
        <message>
            <source>the period is not valid</source>
            <translation>kỳ không hợp lệ</translation>
        </message>
        <message>
            <source>the status thresholds are not valid</source>
            <translation>ngưỡng đánh giá không hợp lệ</translation>
        </message>
        <message>
            <source>no actual figure for this %1</source>
            <extracomment>%1 is the period word: month, quarter, year.</extracomment>
            <translation>chưa có số liệu thực hiện của %1 này</translation>
        </message>
        <message>
            <source>the actual figure is not a number</source>
            <translation>số liệu thực hiện không phải số</translation>
        </message>
        <message>
            <source>the actual figure is negative, which this indicator cannot be</source>
            <translation>số liệu thực hiện âm, điều không thể với chỉ tiêu này</translation>
        </message>
        <message>
            <source>no plan for this %1</source>
            <extracomment>%1 is the period word: month, quarter, year.</extracomment>
            <translation>chưa có kế hoạch cho %1 này</translation>
        </message>
        <message>
            <source>the plan is not a number</source>
            <translation>kế hoạch không phải số</translation>
        </message>
        <message>
            <source>the plan is negative, so no share of it can be judged</source>
            <translation>kế hoạch âm nên không thể đánh giá tỷ lệ</translation>
        </message>
        <message>
            <source>the plan is 0, so no share of it can be judged</source>
            <translation>kế hoạch bằng 0 nên không thể đánh giá tỷ lệ</translation>
        </message>
        <message>
            <source>the %1 has not started</source>
            <extracomment>%1 is the period word: month, quarter, year.</extracomment>
            <translation>%1 chưa bắt đầu</translation>
        </message>
        <message>
            <source>the forecast is not a number</source>
            <translation>dự báo không phải số</translation>
        </message>
        <message>
            <source>the forecast is negative, which this indicator cannot be</source>
            <translation>dự báo âm, điều không thể với chỉ tiêu này</translation>
        </message>
        <message>
            <source>%1; stale: no update time</source>
            <translation>%1; số liệu cũ: không rõ thời điểm cập nhật</translation>
        </message>
        <message>
            <source>%1; stale: last update %2 d ago</source>
            <extracomment>%2 is a whole number of days.</extracomment>
            <translation>%1; số liệu cũ: cập nhật lần cuối %2 ngày trước</translation>
        </message>
        <message>
            <source>%1; stale: last update %2 h ago</source>
            <extracomment>%2 is a whole number of hours.</extracomment>
            <translation>%1; số liệu cũ: cập nhật lần cuối %2 giờ trước</translation>
        </message>
        <message>
            <source>the plan is 0 and the actual is %1</source>
            <translation>kế hoạch bằng 0 và thực hiện là %1</translation>
        </message>
        <message>
            <source>forecast %1 at %2 end</source>
            <extracomment>%1 is the forecast (a share of plan like "88%" or a figure), %2 the period word.</extracomment>
            <translation>dự báo %1 vào cuối %2</translation>
        </message>
        <message>
            <source>actual %1 of plan for the finished %2</source>
            <extracomment>%1 is a share of plan ("61%"), %2 the period word.</extracomment>
            <translation>thực hiện đạt %1 kế hoạch của %2 đã kết thúc</translation>
        </message>
        <message>
            <source>actual %1 of plan at %2 of the %3</source>
            <extracomment>%1 is a share of plan ("61%"), %2 the elapsed share of the period ("75%"), %3 the period word.</extracomment>
            <translation>thực hiện đạt %1 kế hoạch khi đã qua %2 %3</translation>
        </message>
        <message>
            <source>actual %1 of plan</source>
            <translation>thực hiện đạt %1 kế hoạch</translation>
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
            <translation>ngôn ngữ không xác định '%1' (có sẵn: %2)</translation>
        </message>
        <message>
            <source>the translation %1 is missing from this build</source>
            <translation>bản dịch %1 không có trong bản dựng này</translation>
        </message>
    </context>
    <context>
        <name>ioc::MapText</name>
        <message>
            <source>reading unit positions</source>
            <translation>đọc vị trí các tổ tuần tra</translation>
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
            <translation>stateColors cần bốn màu (bình thường, lưu ý, cảnh báo, nguy cấp); giữ màu mặc định</translation>
        </message>
        <message numerus="yes">
            <source>%n marker(s) of an unknown kind are drawn as dots</source>
            <translation>
                <numerusform>%n điểm đánh dấu thuộc loại không xác định được vẽ thành chấm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marker(s) without a valid position are not shown</source>
            <translation>
                <numerusform>%n điểm đánh dấu không có vị trí hợp lệ nên không hiển thị</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::PasswordHasherText</name>
        <message>
            <source>the password could not be hashed (out of memory)</source>
            <translation>không băm được mật khẩu (hết bộ nhớ)</translation>
        </message>
    </context>
    <context>
        <name>ioc::RecordListModel</name>
        <message>
            <source>the data store is not available</source>
            <translation>kho dữ liệu không sẵn sàng</translation>
        </message>
    </context>
    <context>
        <name>ioc::RepositoryText</name>
        <message>
            <source>cannot prepare a query</source>
            <translation>không chuẩn bị được truy vấn</translation>
        </message>
        <message>
            <source>cannot read</source>
            <translation>không đọc được</translation>
        </message>
    </context>
    <context>
        <name>ioc::ScreenTour</name>
        <message>
            <source>the user interface loaded with warnings: %1</source>
            <translation>giao diện nạp xong nhưng có cảnh báo: %1</translation>
        </message>
        <message>
            <source>the main window lists no screens</source>
            <translation>cửa sổ chính không có màn hình nào</translation>
        </message>
        <message>
            <source>cannot create the screenshot folder %1</source>
            <translation>không tạo được thư mục ảnh chụp %1</translation>
        </message>
        <message>
            <source>the screen '%1' could not be shown</source>
            <translation>không hiển thị được màn hình '%1'</translation>
        </message>
        <message>
            <source>the screen '%1' raised QML warnings: %2</source>
            <translation>màn hình '%1' phát sinh cảnh báo QML: %2</translation>
        </message>
        <message>
            <source>cannot write the screenshot %1</source>
            <translation>không ghi được ảnh chụp %1</translation>
        </message>
        <message>
            <source>the screen '%1' failed to load</source>
            <translation>màn hình '%1' nạp thất bại</translation>
        </message>
        <message>
            <source>the screen '%1' did not load within %2 ms</source>
            <translation>màn hình '%1' không nạp xong trong %2 ms</translation>
        </message>
        <message>
            <source>the screen '%1' logged warnings: %2</source>
            <translation>màn hình '%1' ghi cảnh báo vào nhật ký: %2</translation>
        </message>
        <message>
            <source>the screen '%1' was still loading after %2 ms</source>
            <translation>màn hình '%1' vẫn đang tải sau %2 ms</translation>
        </message>
        <message>
            <source>the screen '%1' could not show '%2'</source>
            <translation>màn hình '%1' không hiển thị được '%2'</translation>
        </message>
    </context>
    <context>
        <name>ioc::Settings</name>
        <message>
            <source>unknown setting %1</source>
            <translation>thiết lập không xác định %1</translation>
        </message>
        <message>
            <source>%1: no such configuration file</source>
            <translation>%1: không có tệp cấu hình này</translation>
        </message>
        <message>
            <source>%1: cannot read the configuration file: %2</source>
            <translation>%1: không đọc được tệp cấu hình: %2</translation>
        </message>
        <message>
            <source>%1: invalid JSON at offset %2: %3</source>
            <translation>%1: JSON không hợp lệ tại vị trí %2: %3</translation>
        </message>
        <message>
            <source>%1: the configuration must be a JSON object</source>
            <translation>%1: cấu hình phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2: unknown setting</source>
            <translation>%1: %2: thiết lập không xác định</translation>
        </message>
    </context>
    <context>
        <name>ioc::ShellStatus</name>
        <message>
            <source>No data source yet</source>
            <translation>Chưa có nguồn dữ liệu</translation>
        </message>
        <message numerus="yes">
            <source>%n data source(s) up to date</source>
            <translation>
                <numerusform>%n nguồn dữ liệu đã cập nhật</numerusform>
            </translation>
        </message>
        <message>
            <source>Stale data from some sources</source>
            <translation>Một số nguồn có dữ liệu cũ</translation>
        </message>
        <message>
            <source>A data source is failing</source>
            <translation>Có nguồn dữ liệu đang lỗi</translation>
        </message>
        <message>
            <source>The data store could not be opened: %1</source>
            <translation>Không mở được kho dữ liệu: %1</translation>
        </message>
        <message>
            <source>Changes from other consoles will not appear: %1</source>
            <translation>Thay đổi từ các máy trạm khác sẽ không hiển thị: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n ward(s)</source>
            <translation>
                <numerusform>%1 · %n xã, phường</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo province could not be loaded: %1</source>
            <translation>Không nạp được tỉnh mẫu: %1</translation>
        </message>
        <message>
            <source>The indicator catalogue could not be read: %1</source>
            <translation>Không đọc được danh mục chỉ tiêu: %1</translation>
        </message>
        <message>
            <source>Connectors: %1</source>
            <translation>Bộ kết nối: %1</translation>
        </message>
        <message>
            <source>Alerts and procedures: %1</source>
            <translation>Cảnh báo và quy trình: %1</translation>
        </message>
        <message>
            <source>Camera wall: %1</source>
            <translation>Tường camera: %1</translation>
        </message>
        <message>
            <source>Camera analytics: %1</source>
            <translation>Phân tích hình ảnh camera: %1</translation>
        </message>
    </context>
    <context>
        <name>ioc::Simulator</name>
        <message>
            <source>The demo simulator could not write its events: %1</source>
            <translation>Bộ mô phỏng tỉnh mẫu không ghi được sự kiện: %1</translation>
        </message>
        <message numerus="yes">
            <source>The store rejected %n record(s) of the demo simulator; the first: %1</source>
            <translation>
                <numerusform>Kho dữ liệu từ chối %n bản ghi của bộ mô phỏng; bản ghi đầu tiên: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::SopContactText</name>
        <message>
            <source>%1: /contacts/%2/email: '%3' is not an e-mail address</source>
            <translation>%1: /contacts/%2/email: '%3' không phải địa chỉ thư điện tử</translation>
        </message>
        <message>
            <source>%1: /contacts/%2/phone: '%3' is not a phone number in +84… form</source>
            <translation>%1: /contacts/%2/phone: '%3' không phải số điện thoại dạng +84…</translation>
        </message>
        <message>
            <source>%1: /areaOfficers/%2: '%3' is not in the contacts</source>
            <translation>%1: /areaOfficers/%2: '%3' không có trong danh bạ</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: không đọc được (%2)</translation>
        </message>
        <message>
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: không phải đối tượng JSON (%2)</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopController</name>
        <message>
            <source>Select a SOP first.</source>
            <translation>Hãy chọn một quy trình SOP trước.</translation>
        </message>
        <message>
            <source>Done: "%1".</source>
            <translation>Đã xong: "%1".</translation>
        </message>
        <message>
            <source>Skipped: "%1".</source>
            <translation>Đã bỏ qua: "%1".</translation>
        </message>
        <message>
            <source>Approved: "%1".</source>
            <translation>Đã phê duyệt: "%1".</translation>
        </message>
        <message>
            <source>Rejected: "%1"; the work goes back to be done again.</source>
            <translation>Đã từ chối: "%1"; công việc được trả lại để làm lại.</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopRunText</name>
        <message>
            <source>The journal has no start of the SOP run %1.</source>
            <translation>Sổ nhật ký không có mục khởi động của lượt chạy quy trình SOP %1.</translation>
        </message>
        <message>
            <source>Journal entry %1 of SOP run %2 names the unknown step '%3'.</source>
            <translation>Mục nhật ký %1 của lượt chạy quy trình SOP %2 nêu bước không xác định '%3'.</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopServiceText</name>
        <message>
            <source>There is no SOP template '%1'.</source>
            <translation>Không có mẫu quy trình SOP '%1'.</translation>
        </message>
        <message>
            <source>An SOP run belongs to an alert: the alert's key is missing.</source>
            <translation>Mỗi lượt chạy quy trình SOP gắn với một cảnh báo: thiếu mã cảnh báo.</translation>
        </message>
        <message>
            <source>The SOP "%1" is already running for this alert.</source>
            <translation>Quy trình SOP "%1" đang chạy cho cảnh báo này.</translation>
        </message>
        <message>
            <source>There is no SOP run %1.</source>
            <translation>Không có lượt chạy quy trình SOP %1.</translation>
        </message>
        <message>
            <source>This SOP run is closed.</source>
            <translation>Lượt chạy quy trình SOP này đã đóng.</translation>
        </message>
        <message>
            <source>The SOP has no step '%1'.</source>
            <translation>Quy trình SOP không có bước '%1'.</translation>
        </message>
        <message>
            <source>The step "%1" is not the one to do now.</source>
            <translation>Bước "%1" không phải bước cần làm lúc này.</translation>
        </message>
        <message>
            <source>An approval step is approved or rejected, not completed.</source>
            <translation>Bước phê duyệt chỉ được phê duyệt hoặc từ chối, không đánh dấu hoàn thành.</translation>
        </message>
        <message>
            <source>A note has at most 4,000 characters.</source>
            <translation>Ghi chú dài tối đa 4.000 ký tự.</translation>
        </message>
        <message>
            <source>Answer the step "%1" with one of: %2.</source>
            <translation>Hãy trả lời bước "%1" bằng một trong các giá trị: %2.</translation>
        </message>
        <message>
            <source>Enter the value in %1.</source>
            <translation>Hãy nhập giá trị theo đơn vị %1.</translation>
        </message>
        <message>
            <source>Attach the evidence (%1).</source>
            <translation>Hãy đính kèm minh chứng (%1).</translation>
        </message>
        <message>
            <source>Say in a note what was done instead.</source>
            <translation>Hãy ghi chú việc đã làm thay thế.</translation>
        </message>
        <message>
            <source>Skipping a step needs a justification (5 to 2,000 characters).</source>
            <translation>Bỏ qua bước cần có lý do (từ 5 đến 2.000 ký tự).</translation>
        </message>
        <message>
            <source>SOP step skipped: %1</source>
            <translation>Bước SOP bị bỏ qua: %1</translation>
        </message>
        <message>
            <source>%1 skipped the step "%2" of "%3" (alert: %4). Justification: %5</source>
            <translation>%1 đã bỏ qua bước "%2" của "%3" (cảnh báo: %4). Lý do: %5</translation>
        </message>
        <message>
            <source>The step "%1" is not an approval.</source>
            <translation>Bước "%1" không phải bước phê duyệt.</translation>
        </message>
        <message>
            <source>%1 did the work to be approved: another supervisor approves it (four eyes).</source>
            <translation>%1 đã thực hiện công việc cần phê duyệt: một trưởng ca khác phải phê duyệt (nguyên tắc bốn mắt).</translation>
        </message>
        <message>
            <source>Say why the step is rejected.</source>
            <translation>Hãy nêu lý do từ chối bước này.</translation>
        </message>
        <message>
            <source>A comment has at most 2,000 characters.</source>
            <translation>Ghi chú dài tối đa 2.000 ký tự.</translation>
        </message>
        <message>
            <source>SOP step overdue: %1</source>
            <translation>Bước SOP quá hạn: %1</translation>
        </message>
        <message numerus="yes">
            <source>The step "%1" of "%2" (alert: %3) is past its time limit of %n minute(s).</source>
            <translation>
                <numerusform>Bước "%1" của "%2" (cảnh báo: %3) đã quá thời hạn %n phút.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ioc::SopTemplateText</name>
        <message>
            <source>a template needs an id</source>
            <translation>mẫu quy trình cần có mã</translation>
        </message>
        <message>
            <source>a template needs at least one step</source>
            <translation>mẫu quy trình cần ít nhất một bước</translation>
        </message>
        <message>
            <source>a step needs an id</source>
            <translation>bước cần có mã</translation>
        </message>
        <message>
            <source>duplicate step id '%1'</source>
            <translation>mã bước '%1' bị trùng</translation>
        </message>
        <message>
            <source>step '%1' has no role</source>
            <translation>bước '%1' chưa có vai trò</translation>
        </message>
        <message>
            <source>unknown role '%1' (operator, supervisor, leader, admin)</source>
            <translation>vai trò không xác định '%1' (operator, supervisor, leader, admin)</translation>
        </message>
        <message>
            <source>unknown step kind '%1'</source>
            <translation>loại bước không xác định '%1'</translation>
        </message>
        <message>
            <source>a %1 step has no answer '%2'</source>
            <translation>bước loại %1 không có câu trả lời '%2'</translation>
        </message>
        <message>
            <source>a value step names its unit</source>
            <translation>bước nhập giá trị phải nêu đơn vị đo</translation>
        </message>
        <message>
            <source>the range's min is above its max</source>
            <translation>giá trị min của khoảng lớn hơn max</translation>
        </message>
        <message>
            <source>an evidence step lists what it accepts</source>
            <translation>bước minh chứng phải liệt kê các loại minh chứng được chấp nhận</translation>
        </message>
        <message>
            <source>a notify step names its channel</source>
            <translation>bước thông báo phải nêu kênh gửi</translation>
        </message>
        <message>
            <source>a notify step names its recipients</source>
            <translation>bước thông báo phải nêu người nhận</translation>
        </message>
        <message>
            <source>a notify step has a message</source>
            <translation>bước thông báo phải có nội dung</translation>
        </message>
        <message>
            <source>a wait step names its condition</source>
            <translation>bước chờ phải nêu điều kiện</translation>
        </message>
        <message>
            <source>an approval step is a supervisor's</source>
            <translation>bước phê duyệt phải thuộc vai trò trưởng ca</translation>
        </message>
        <message>
            <source>the start step '%1' does not exist</source>
            <translation>bước bắt đầu '%1' không tồn tại</translation>
        </message>
        <message>
            <source>step '%1' goes to '%2', which does not exist</source>
            <translation>bước '%1' chuyển tới '%2', nhưng bước này không tồn tại</translation>
        </message>
        <message>
            <source>a run cannot start with an approval</source>
            <translation>lượt chạy không thể bắt đầu bằng bước phê duyệt</translation>
        </message>
        <message>
            <source>the steps form a cycle: %1</source>
            <translation>các bước tạo thành vòng lặp: %1</translation>
        </message>
        <message>
            <source>step '%1' cannot be reached from the start</source>
            <translation>không thể đi tới bước '%1' từ bước bắt đầu</translation>
        </message>
        <message>
            <source>%1: a template with the id '%2' is loaded already</source>
            <translation>%1: mẫu quy trình có mã '%2' đã được nạp</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: không đọc được (%2)</translation>
        </message>
        <message>
            <source>%1: not JSON at byte %2 (%3)</source>
            <translation>%1: không phải JSON tại byte %2 (%3)</translation>
        </message>
        <message>
            <source>%1: /: a template is a JSON object</source>
            <translation>%1: /: mẫu quy trình phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>The SOP template folder %1 does not exist.</source>
            <translation>Thư mục mẫu quy trình SOP %1 không tồn tại.</translation>
        </message>
    </context>
    <context>
        <name>ioc::SopTimelineText</name>
        <message>
            <source>%1 started "%2" for the alert "%3".</source>
            <translation>%1 đã khởi động "%2" cho cảnh báo "%3".</translation>
        </message>
        <message numerus="yes">
            <source>"%1" is for the %2, within %n minute(s).</source>
            <translation>
                <numerusform>"%1" giao cho vai trò %2, thực hiện trong %n phút.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is for the %2.</source>
            <translation>"%1" giao cho vai trò %2.</translation>
        </message>
        <message>
            <source>"%1" is over: the alert was resolved.</source>
            <translation>"%1" đã kết thúc: cảnh báo đã được giải quyết.</translation>
        </message>
        <message numerus="yes">
            <source>"%1": %n message(s) handed over for delivery.</source>
            <translation>
                <numerusform>"%1": đã chuyển %n tin nhắn đi gửi.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 did "%2".</source>
            <translation>%1 đã thực hiện "%2".</translation>
        </message>
        <message>
            <source>%1 did "%2": %3</source>
            <translation>%1 đã thực hiện "%2": %3</translation>
        </message>
        <message>
            <source>%1 skipped "%2": %3</source>
            <translation>%1 đã bỏ qua "%2": %3</translation>
        </message>
        <message>
            <source>"%1" waits for a supervisor's approval.</source>
            <translation>"%1" đang chờ trưởng ca phê duyệt.</translation>
        </message>
        <message>
            <source>%1 approved "%2".</source>
            <translation>%1 đã phê duyệt "%2".</translation>
        </message>
        <message>
            <source>%1 rejected "%2": %3</source>
            <translation>%1 đã từ chối "%2": %3</translation>
        </message>
        <message>
            <source>"%1" is overdue: escalated to the supervisor.</source>
            <translation>"%1" đã quá hạn: đã chuyển cấp trên (trưởng ca).</translation>
        </message>
        <message>
            <source>Message delivered to %1 (%2).</source>
            <translation>Đã gửi tin nhắn tới %1 (%2).</translation>
        </message>
        <message>
            <source>No message could be sent (%1): %2</source>
            <translation>Không gửi được tin nhắn nào (%1): %2</translation>
        </message>
        <message>
            <source>Message to %1 (%2) failed: %3</source>
            <translation>Gửi tin nhắn tới %1 (%2) thất bại: %3</translation>
        </message>
        <message>
            <source>The alert was resolved.</source>
            <translation>Cảnh báo đã được giải quyết.</translation>
        </message>
        <message>
            <source>The SOP closed itself: the alert was resolved.</source>
            <translation>Quy trình SOP tự đóng: cảnh báo đã được giải quyết.</translation>
        </message>
        <message>
            <source>The SOP is closed.</source>
            <translation>Quy trình SOP đã đóng.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>đã liên lạc được</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>không liên lạc được</translation>
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
            <translation>%1: không có dạng postgresql://user@host:port/db</translation>
        </message>
        <message>
            <source>%1: cannot create its folder</source>
            <translation>%1: không tạo được thư mục chứa</translation>
        </message>
        <message>
            <source>%1: the Qt Sql driver is missing (install libqt6sql6-sqlite or libqt6sql6-psql)</source>
            <translation>%1: thiếu trình điều khiển Qt Sql (cài libqt6sql6-sqlite hoặc libqt6sql6-psql)</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>không mở được</translation>
        </message>
        <message>
            <source>not a usable SQLite database</source>
            <translation>không phải cơ sở dữ liệu SQLite dùng được</translation>
        </message>
        <message>
            <source>cannot configure the session</source>
            <translation>không thiết lập được phiên làm việc</translation>
        </message>
        <message>
            <source>cannot start a transaction</source>
            <translation>không bắt đầu được giao dịch</translation>
        </message>
        <message>
            <source>cannot commit</source>
            <translation>không xác nhận được giao dịch</translation>
        </message>
        <message>
            <source>cannot read the schema version</source>
            <translation>không đọc được phiên bản lược đồ</translation>
        </message>
        <message>
            <source>%1: its schema version %2 is newer than this program's %3; refusing to open it (install a newer IOC Desk)</source>
            <translation>%1: phiên bản lược đồ %2 mới hơn phiên bản %3 của chương trình; từ chối mở (hãy cài IOC Desk mới hơn)</translation>
        </message>
        <message>
            <source>migration %1 is missing from this build</source>
            <translation>bản nâng cấp lược đồ %1 không có trong bản dựng này</translation>
        </message>
        <message>
            <source>migration %1 failed</source>
            <translation>nâng cấp lược đồ %1 thất bại</translation>
        </message>
    </context>
    <context>
        <name>ioc::TileLayer</name>
        <message>
            <source>Some map tiles could not be loaded from %1: %2</source>
            <translation>Không tải được một số ô bản đồ từ %1: %2</translation>
        </message>
        <message>
            <source>Cannot open the map tiles %1: %2</source>
            <translation>Không mở được ô bản đồ %1: %2</translation>
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
            <translation>%1: bỏ qua 1 đối tượng: </translation>
        </message>
        <message>
            <source>%1: %2 features left out: </source>
            <translation>%1: bỏ qua %2 đối tượng: </translation>
        </message>
        <message>
            <source>; and %1 more</source>
            <translation>; và %1 đối tượng khác</translation>
        </message>
    </context>
</TS>
