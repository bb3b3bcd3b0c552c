#include "i18n/Language.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace praksis {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

struct Installed
{
    QString code;
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> qtOwn;
};

Installed &installedState()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loadProgramCatalogue(const QString &code)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(QStringLiteral(":/praksis/i18n/praksisplan_") + code + QStringLiteral(".qm")))
        return nullptr;
    return t;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString Language::systemDefault()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &lang : ui) {
        const QString l = lang.toLower();
        if (l.startsWith(QStringLiteral("nn")))
            return QStringLiteral("nn");
        if (l.startsWith(QStringLiteral("nb")) || l.startsWith(QStringLiteral("no")))
            return QStringLiteral("nb");
        if (l.startsWith(QStringLiteral("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Language::preferred()
{
    const QString chosen = QSettings().value(settingsKey).toString();
    return available().contains(chosen) ? chosen : systemDefault();
}

void Language::setPreferred(const QString &code)
{
    QSettings s;
    if (code.isEmpty())
        s.remove(settingsKey);
    else
        s.setValue(settingsKey, code);
}

QString Language::nativeName(const QString &code)
{
    if (code == QStringLiteral("nb"))
        return QStringLiteral("Norsk bokmål");
    if (code == QStringLiteral("nn"))
        return QStringLiteral("Norsk nynorsk");
    return QStringLiteral("English");
}

void Language::install(const QString &code)
{
    Installed &state = installedState();
    if (state.program)
        QCoreApplication::removeTranslator(state.program.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    if (state.qtOwn)
        QCoreApplication::removeTranslator(state.qtOwn.get());
    state.program.reset();
    state.qt.reset();
    state.qtOwn.reset();
    state.code = available().contains(code) ? code : QStringLiteral("en");

    if (state.code != QStringLiteral("en")) {
        // Qt's own texts: the system's catalogue where there is one (Debian has qtbase_nn, no Bokmål), and over it
        // the program's own catalogue of the Qt texts it shows, so that no button or dialog stays in English.
        auto system = std::make_unique<QTranslator>();
        if (system->load(QStringLiteral("qtbase_") + state.code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            state.qt = std::move(system);
            QCoreApplication::installTranslator(state.qt.get());
        }
        auto own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral(":/praksis/i18n/qt/praksisplan_qt_") + state.code + QStringLiteral(".qm"))) {
            state.qtOwn = std::move(own);
            QCoreApplication::installTranslator(state.qtOwn.get());
        }
    }
    // English too: its catalogue holds the plural forms ("%n conflict(s)" → "1 conflict", "3 conflicts")
    state.program = loadProgramCatalogue(state.code);
    if (state.program)
        QCoreApplication::installTranslator(state.program.get());
    QLocale::setDefault(
        QLocale(state.code == QStringLiteral("en") ? QStringLiteral("en_GB") : state.code + QStringLiteral("_NO")));
}

QString Language::installed()
{
    return installedState().code.isEmpty() ? QStringLiteral("en") : installedState().code;
}

QString Language::translate(const QString &code, const char *context, const char *sourceText,
                            const char *disambiguation, int n)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> catalogues;
    std::shared_ptr<QTranslator> t;
    {
        QMutexLocker lock(&mutex);
        auto it = catalogues.find(code);
        if (it == catalogues.end())
            it = catalogues.insert(code, std::shared_ptr<QTranslator>(loadProgramCatalogue(code).release()));
        t = it.value();
    }
    QString out = t ? t->translate(context, sourceText, disambiguation, n) : QString();
    if (out.isEmpty())
        out = QString::fromUtf8(sourceText);
    if (n >= 0)
        out.replace(QStringLiteral("%n"), QString::number(n));
    return out;
}

} // namespace praksis
