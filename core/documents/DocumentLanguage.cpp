#include "documents/DocumentLanguage.h"

#include "i18n/Language.h"
#include "storage/PlanSettings.h"

namespace praksis {

DocumentLanguage::DocumentLanguage(QString code)
    : m_code(Language::available().contains(code) ? std::move(code) : QStringLiteral("en"))
{}

DocumentLanguage DocumentLanguage::of(PlanFile &plan, const QString &code)
{
    if (!code.isEmpty())
        return DocumentLanguage(code);
    return DocumentLanguage(PlanSettings(plan).value(PlanSettings::documentLanguage));
}

QLocale DocumentLanguage::locale() const
{
    if (m_code == QLatin1String("nb"))
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (m_code == QLatin1String("nn"))
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString DocumentLanguage::text(const char *context, const char *source, int n) const
{
    return Language::translate(m_code, context, source, nullptr, n);
}

} // namespace praksis
