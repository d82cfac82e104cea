#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {

// Marks the translators this file installed, so that a later call can take them away again.
constexpr auto ownedTranslator = "taskmonitor-translator";

void removeInstalled(QCoreApplication &app)
{
    const QList<QTranslator *> translators =
        app.findChildren<QTranslator *>(QLatin1String(ownedTranslator), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator *loaded(QCoreApplication &app, const QLocale &locale, const QString &name,
                    const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(ownedTranslator));
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QString installedDirectory()
{
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral(TASKMONITOR_INSTALLED_TRANSLATIONS)));
}

bool install(QCoreApplication &app, const QLocale &locale)
{
    removeInstalled(app);
    // Dates and numbers follow the language the user chose, not only the words.
    QLocale::setDefault(locale);
    const QString name = QStringLiteral("taskmonitor");
    const auto ownFor = [&](const QLocale &language) {
        QTranslator *found = loaded(app, language, name, installedDirectory());
        return found ? found : loaded(app, language, name, QStringLiteral(":/i18n"));
    };
    QTranslator *own = ownFor(locale);
    if (!own) {
        // Another language, or the C locale: English words, with English plural forms
        // ("1 task", "3 tasks") rather than the source texts' "task(s)".
        if (QTranslator *english = ownFor(QLocale(QLocale::English)))
            QCoreApplication::installTranslator(english);
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (QTranslator *qt = loaded(app, locale, QStringLiteral("qtbase"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace Translations
