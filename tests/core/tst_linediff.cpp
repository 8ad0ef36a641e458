// SPDX-License-Identifier: Apache-2.0
#include "common/linediff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class tst_LineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unified_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("diff");
        QTest::newRow("equal") << u"a\nb\n"_s << u"a\nb\n"_s << QString();
        QTest::newRow("one line changed")
            << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s
            << u"--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"_s;
        QTest::newRow("added at the end")
            << u"a\n"_s << u"a\nb\n"_s << u"--- old\n+++ new\n@@ -1 +1,2 @@\n a\n+b\n"_s;
        QTest::newRow("from nothing (a create)")
            << QString() << u"a\nb\n"_s << u"--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n"_s;
        QTest::newRow("to nothing (a delete)")
            << u"a\n"_s << QString() << u"--- old\n+++ new\n@@ -1 +0,0 @@\n-a\n"_s;
        QTest::newRow("far apart: two hunks, three lines of context")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"_s << u"x\n2\n3\n4\n5\n6\n7\n8\n9\ny\n"_s
            << u"--- old\n+++ new\n@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n"
               "@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+y\n"_s;
    }
    void unified()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, diff);
        QCOMPARE(unifiedDiff(before, after, u"old"_s, u"new"_s), diff);
    }

    void linesCarryTheirKind()
    {
        const QList<DiffLine> lines = lineDiff(u"a\nb\n"_s, u"a\nc\n"_s);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).kind, DiffLine::Kind::Hunk);
        QCOMPARE(lines.at(1).kind, DiffLine::Kind::Context);
        QCOMPARE(lines.at(2).kind, DiffLine::Kind::Removed);
        QCOMPARE(lines.at(2).text, u"b"_s);
        QCOMPARE(lines.at(3).kind, DiffLine::Kind::Added);
    }
};

QTEST_GUILESS_MAIN(tst_LineDiff)
#include "tst_linediff.moc"
