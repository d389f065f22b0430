// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/casefactory.h"

#include "demo/internal/provincedata.h"
#include "demo/internal/random.h"

#include <array>
#include <cmath>

namespace ioc::internal {

namespace {

QString day(const QDateTime& time, const QString& format) { return provinceTime(time).date().toString(format); }

QString compactDay(const QDateTime& time) { return day(time, QStringLiteral("yyyyMMdd")); }

} // namespace

QGeoCoordinate tidyPosition(const QGeoCoordinate& point)
{
    if (!point.isValid())
        return point;
    return QGeoCoordinate(std::round(point.latitude() * 1e6) / 1e6, std::round(point.longitude() * 1e6) / 1e6);
}

QString CaseNumbers::next(const QString& prefix)
{
    const int number = ++m_last[prefix];
    return prefix + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

void CaseNumbers::observe(const QString& externalId)
{
    qsizetype digits = externalId.size();
    while (digits > 0 && externalId.at(digits - 1).isDigit())
        --digits;
    if (digits == externalId.size())
        return;
    int& last = m_last[externalId.left(digits)];
    last = std::max(last, externalId.mid(digits).toInt());
}

CaseFactory::CaseFactory(const ProvinceData& data) : m_data(data)
{
    const QList<qsizetype> urban = data.urbanWards();
    for (qsizetype i = 0; i < data.wards.size(); ++i)
        m_wardWeights.append(urban.contains(i) ? 8.0 : 1.0);
    for (const FieldReportDomain& domain : data.vocabulary.fieldReportDomains)
        m_domainWeights.append(domain.weight);
    m_channelWeights = weightsOf(data.vocabulary.channels);
    for (const DossierProcedure& procedure : data.vocabulary.dossierProcedures)
        m_procedureWeights.append(procedure.weight);
    m_dossierChannelWeights = weightsOf(data.vocabulary.dossierChannels);
}

qsizetype CaseFactory::populatedWard(DemoRandom& random) const { return random.weighted(m_wardWeights); }

QString CaseFactory::road(DemoRandom& random, qsizetype ward) const
{
    if (const UrbanCentre* centre = m_data.centreOf(ward))
        return QStringLiteral("đường ") + random.pick(centre->streets);
    return random.pick(m_data.vocabulary.ruralRoads);
}

QString CaseFactory::personName(DemoRandom& random) const
{
    const Vocabulary& words = m_data.vocabulary;
    const QString family = random.pick(words.familyNames);
    const QString middle = random.pick(words.middleNames);
    const QString given = random.pick(words.givenNames);
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

QString CaseFactory::fill(QString text, DemoRandom& random, qsizetype ward) const
{
    const Area& area = m_data.wards.at(ward);
    if (text.contains(u"{road}"))
        text.replace(QStringLiteral("{road}"), road(random, ward));
    return text.replace(QStringLiteral("{ward}"), area.fullName).replace(QStringLiteral("{place}"), area.name);
}

Case CaseFactory::fieldReport(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers, qsizetype ward,
                              const QString& domainCode) const
{
    const Vocabulary& words = m_data.vocabulary;
    if (ward < 0)
        ward = populatedWard(random);
    const FieldReportDomain* domain = nullptr;
    for (const FieldReportDomain& candidate : words.fieldReportDomains) {
        if (candidate.code == domainCode)
            domain = &candidate;
    }
    if (!domain)
        domain = &words.fieldReportDomains.at(random.weighted(m_domainWeights));

    Case item;
    item.key = {QStringLiteral("paht"), numbers.next(QStringLiteral("PAHT.") + compactDay(opened) + QLatin1Char('.'))};
    item.category = CaseCategory::FieldReport;
    item.domain = domain->code;
    item.title = fill(random.pick(domain->titles), random, ward);
    item.channel = words.channels.at(random.weighted(m_channelWeights)).code;
    item.position = tidyPosition(m_data.wardShapes.at(ward).randomPoint(random));
    item.areaCode = m_data.wards.at(ward).code;
    item.status = CaseStatus::Pending;
    item.severity = std::array{Severity::Low, Severity::Medium, Severity::High,
                               Severity::Critical}[random.weighted({30, 45, 20, 5})];
    item.opened = opened;
    item.due = opened.addDays(domain->slaDays);
    item.assigneeUnit = fill(domain->unit, random, ward);
    return item;
}

Case CaseFactory::dossier(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers) const
{
    const Vocabulary& words = m_data.vocabulary;
    const DossierProcedure& procedure = words.dossierProcedures.at(random.weighted(m_procedureWeights));
    Case item;
    QString agencyCode;
    if (procedure.agency == u"ward") {
        // The ward's one-stop office: its agency code carries the ward's place in the province's list.
        const qsizetype ward = populatedWard(random);
        const Area& area = m_data.wards.at(ward);
        agencyCode = QStringLiteral("000.%1.33.H12").arg(ward + 1, 2, 10, QLatin1Char('0'));
        item.assigneeUnit = QStringLiteral("UBND ") + area.fullName;
        item.areaCode = area.code;
        item.position = tidyPosition(area.centroid);
    } else {
        agencyCode = procedure.agency;
        item.assigneeUnit = procedure.agency;
        for (const DossierAgency& agency : words.dossierAgencies) {
            if (agency.code == procedure.agency)
                item.assigneeUnit = agency.name;
        }
        item.areaCode = m_data.province.code;
    }
    const QString applicant = personName(random);
    item.key = {QStringLiteral("dvc"),
                numbers.next(agencyCode + QLatin1Char('-') + day(opened, QStringLiteral("yyMMdd")) + QLatin1Char('-'))};
    item.category = CaseCategory::Dossier;
    item.domain = procedure.domain;
    item.title = procedure.title + QStringLiteral(" – ") + applicant;
    item.channel = words.dossierChannels.at(random.weighted(m_dossierChannelWeights)).code;
    item.status = CaseStatus::Pending;
    item.severity = Severity::Low;
    item.opened = opened;
    item.due = opened.addDays(procedure.days);
    return item;
}

Case CaseFactory::socialPost(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers, bool duringStorm) const
{
    const Vocabulary& words = m_data.vocabulary;
    Sentiment sentiment = Sentiment::Neutral;
    const QList<PostText>* texts = &words.neutralPosts;
    if (duringStorm && random.chance(0.6)) {
        sentiment = Sentiment::Negative;
        texts = &words.stormPosts;
    } else {
        // About a quarter positive, half neutral, a quarter negative, as listening platforms report.
        switch (random.weighted({25, 50, 25})) {
        case 0: sentiment = Sentiment::Positive; texts = &words.positivePosts; break;
        case 1: break;
        default: sentiment = Sentiment::Negative; texts = &words.negativePosts; break;
        }
    }
    const PostText& text = random.pick(*texts);
    const qsizetype ward = populatedWard(random);
    const Area& area = m_data.wards.at(ward);

    Case item;
    item.key = {QStringLiteral("social"), numbers.next(QStringLiteral("MXH.") + compactDay(opened) + QLatin1Char('.'))};
    item.category = CaseCategory::SocialPost;
    item.domain = text.topic;
    item.title = fill(text.text, random, ward);
    item.channel = random.pick(words.socialPlatforms);
    item.position = tidyPosition(area.centroid);
    item.areaCode = area.code;
    item.status = CaseStatus::Pending;
    item.sentiment = sentiment;
    item.opened = opened;
    if (sentiment == Sentiment::Negative) {
        // A negative post is forwarded to the ward, which answers within two days.
        item.severity = Severity::Medium;
        item.due = opened.addDays(2);
        item.assigneeUnit = QStringLiteral("UBND ") + area.fullName;
    } else {
        item.severity = Severity::Low;
        item.assigneeUnit = QStringLiteral("Tổ lắng nghe mạng xã hội");
    }
    return item;
}

Case CaseFactory::socAlert(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers,
                           const SocAlertKind& kind) const
{
    QString system = random.pick(m_data.vocabulary.socSystems);
    Case item;
    item.areaCode = m_data.province.code;
    if (system.contains(u"{ward}")) {
        const qsizetype ward = populatedWard(random);
        system.replace(QStringLiteral("{ward}"), m_data.wards.at(ward).fullName);
        item.areaCode = m_data.wards.at(ward).code;
    }
    item.key = {QStringLiteral("soc"), numbers.next(QStringLiteral("SOC.") + compactDay(opened) + QLatin1Char('.'))};
    item.category = CaseCategory::SocAlert;
    item.domain = kind.code;
    item.title = QString(random.pick(kind.titles)).replace(QStringLiteral("{system}"), system);
    item.channel = QStringLiteral("soc");
    item.status = CaseStatus::Pending;
    item.severity = kind.severity;
    item.opened = opened;
    const int days = kind.severity == Severity::Critical ? 1 : kind.severity == Severity::High ? 2 : 5;
    item.due = opened.addDays(days);
    item.assigneeUnit = QStringLiteral("Trung tâm Giám sát an toàn thông tin tỉnh");
    return item;
}

Case CaseFactory::sos(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers,
                      const QGeoCoordinate& near) const
{
    // Within a few kilometres of where the rain is; a point out at sea moves into its nearest ward.
    const double offLatitude = random.normal(0, 0.02);
    const double offLongitude = random.normal(0, 0.02);
    QGeoCoordinate point(near.latitude() + offLatitude, near.longitude() + offLongitude);
    const qsizetype ward = m_data.wardAt(point);
    if (!m_data.wardShapes.at(ward).contains(point))
        point = m_data.wardShapes.at(ward).randomPoint(random);

    Case item;
    item.key = {QStringLiteral("sos"), numbers.next(QStringLiteral("SOS.") + compactDay(opened) + QLatin1Char('.'))};
    item.category = CaseCategory::Sos;
    item.domain = QStringLiteral("cuu_ho");
    item.title = random.pick(m_data.vocabulary.sosTitles);
    item.channel = random.chance(0.6) ? QStringLiteral("app") : QStringLiteral("hotline");
    item.position = tidyPosition(point);
    item.areaCode = m_data.wards.at(ward).code;
    item.status = CaseStatus::Pending;
    item.severity = Severity::Critical;
    item.opened = opened;
    item.due = opened.addSecs(90 * 60); // the rescue is expected within an hour and a half
    item.assigneeUnit = m_data.vocabulary.sosUnit;
    return item;
}

bool CaseFactory::isOpen(CaseStatus status) { return status != CaseStatus::Resolved && status != CaseStatus::Closed; }

CaseStatus CaseFactory::openStatusAt(const Case& item, const QDateTime& time, CaseStatus working)
{
    if (!item.due.isValid())
        return working;
    if (time >= item.due)
        return CaseStatus::Overdue;
    const qint64 nearWindow = std::min<qint64>(24 * 3600, item.opened.secsTo(item.due) / 5);
    return time.secsTo(item.due) <= nearWindow ? CaseStatus::NearDue : working;
}

} // namespace ioc::internal
