// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

static void initTranslationResources()
{
    Q_INIT_RESOURCE(berth_translations);
}

namespace Berth {

void installTranslations()
{
    initTranslationResources();
    auto *berth = new QTranslator(QCoreApplication::instance());
    // English when the locale has no translation (C, POSIX, a language Berth lacks): its plural
    // forms ("1 layer", "3 layers") live in berth_en.
    if (berth->load(QLocale(), u"berth"_s, u"_"_s, u":/i18n"_s)
        || berth->load(u"berth_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(berth);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Berth
