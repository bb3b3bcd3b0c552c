#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace praksis {

// Settings of the program itself (QSettings), each key with its default in one place (ARCHITECTURE.md rule 8).
// Plan-level settings live in the plan (core/storage/PlanSettings.h); the last and recent plans in PlanLocation.
template<typename T> struct AppSetting
{
    const char *key;
    T defaultValue;

    T value() const
    {
        return QSettings().value(QString::fromLatin1(key), QVariant::fromValue(defaultValue)).template value<T>();
    }
    void setValue(const T &v) const { QSettings().setValue(QString::fromLatin1(key), QVariant::fromValue(v)); }
};

struct AppSettings
{
    // "" follows the system locale; else "nb", "nn" or "en". Applied at the next start.
    static inline const AppSetting<QString> interfaceLanguage{"ui/language", QString()};
    static inline const AppSetting<QByteArray> windowGeometry{"ui/windowGeometry", QByteArray()};
    static inline const AppSetting<QByteArray> windowState{"ui/windowState", QByteArray()};
    static inline const AppSetting<QString> lastPage{"ui/lastPage", QStringLiteral("overview")};
};

} // namespace praksis
