#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace praksis {

class PlanFile;

// A setting stored in the plan (table settings), with its default. Every plan-level setting is declared once,
// below, so its key and default live in one place (ARCHITECTURE.md rule 8). Settings of the program itself
// (interface language, last plan, window geometry) are QSettings in ui, not here.
template<typename T> struct SettingKey
{
    const char *key;
    T defaultValue;
};

// The planner's cost table of PRODUCT.md section 6.
struct PlannerCosts
{
    int choice1 = 0;
    int choice2 = 1;
    int choice3 = 2;
    int notChosen = 10;
    int revisit = 20;
    int unplaced = 1000;

    bool operator==(const PlannerCosts &) const = default;
};

// Absence above makeUpPercent of the planned hours must be made up; above atRiskPercent the period is at risk.
struct AbsenceLimits
{
    double makeUpPercent = 10.0;
    double atRiskPercent = 20.0;
};

class PlanSettings
{
public:
    explicit PlanSettings(PlanFile &plan)
        : m_plan(plan)
    {}

    // Organisation shown on printed documents.
    static inline const SettingKey<QString> organisationName{"organisation/name", QString()};
    // Logo image file contents (PNG, JPEG or SVG), empty for none.
    static inline const SettingKey<QByteArray> organisationLogo{"organisation/logo", QByteArray()};
    // Written language of documents and the welcome template: "nb", "nn" or "en".
    // A random id of the plan (32 hex digits, made by migration 2): calendar events' UIDs are unique across plans.
    static inline const SettingKey<QString> planUid{"plan/uid", QString()};
    static inline const SettingKey<QString> documentLanguage{"document/language", QStringLiteral("nb")};
    // Arrival time on the first day in welcome letters, "HH:mm", where a site has none of its own (SiteWelcome).
    static inline const SettingKey<QString> welcomeArrivalTime{"welcome/arrivalTime", QStringLiteral("10:00")};
    static inline const SettingKey<int> costChoice1{"planner/costChoice1", 0};
    static inline const SettingKey<int> costChoice2{"planner/costChoice2", 1};
    static inline const SettingKey<int> costChoice3{"planner/costChoice3", 2};
    static inline const SettingKey<int> costNotChosen{"planner/costNotChosen", 10};
    static inline const SettingKey<int> costRevisit{"planner/costRevisit", 20};
    static inline const SettingKey<int> costUnplaced{"planner/costUnplaced", 1000};
    static inline const SettingKey<double> absenceMakeUpPercent{"absence/makeUpPercent", 10.0};
    static inline const SettingKey<double> absenceAtRiskPercent{"absence/atRiskPercent", 20.0};
    // Students whose last placement ended more than this many years ago may be anonymised or deleted.
    static inline const SettingKey<int> retentionYears{"privacy/retentionYears", 5};

    template<typename T> T value(const SettingKey<T> &key) const
    {
        const QVariant v = rawValue(key.key);
        if (!v.isValid())
            return key.defaultValue;
        if constexpr (std::is_same_v<T, QByteArray>)
            return QByteArray::fromBase64(v.toString().toLatin1());
        else
            return v.value<T>();
    }

    // Written in a transaction of its own (or the caller's), announced as Entity::Setting.
    template<typename T> Result<void> setValue(const SettingKey<T> &key, const T &value)
    {
        if constexpr (std::is_same_v<T, QByteArray>)
            return setRawValue(key.key, QString::fromLatin1(value.toBase64()));
        else
            return setRawValue(key.key, QVariant::fromValue(value).toString());
    }

    PlannerCosts plannerCosts() const;
    Result<void> setPlannerCosts(const PlannerCosts &costs);
    AbsenceLimits absenceLimits() const;
    Result<void> setAbsenceLimits(const AbsenceLimits &limits);

private:
    QVariant rawValue(const char *key) const;
    Result<void> setRawValue(const char *key, const QString &value);

    PlanFile &m_plan;
};

} // namespace praksis
