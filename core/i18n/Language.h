#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace praksis {

// The languages of Praksisplan: "nb" (Bokmål), "nn" (Nynorsk) and "en" (English, the source language).
// The interface follows the system locale unless the user chose a language in the settings; printed documents
// follow the plan's own written language (PlanSettings::documentLanguage), independent of the interface.
class Language
{
public:
    static QStringList available();
    // nb and no → nb, nn → nn, anything else → en; from the system's UI languages in order of preference.
    static QString systemDefault();
    // The user's choice (QSettings "ui/language"), or systemDefault() when none.
    static QString preferred();
    static void setPreferred(const QString &code); // empty: follow the system
    // The language's own name ("Norsk bokmål"), for the language chooser.
    static QString nativeName(const QString &code);

    // Installs the program's and Qt's translations for `code` into the application, replacing earlier ones.
    static void install(const QString &code);
    static QString installed();

    // Translates with the catalogue of `code` regardless of the installed interface language (for documents).
    static QString translate(const QString &code, const char *context, const char *sourceText,
                             const char *disambiguation = nullptr, int n = -1);
};

} // namespace praksis
