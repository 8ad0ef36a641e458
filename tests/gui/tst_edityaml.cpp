// SPDX-License-Identifier: Apache-2.0
// Edit YAML against berth-sandbox: loaded, found in, refused where kubectl edit or the server
// refuses (marked at the line, the text kept), staged, applied; checked with kubectl.
#include "dialogs/edityamldialog.h"
#include "editor/yamleditor.h"
#include "pagefixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Gui;
using Berth::Test::described;
using Berth::Test::named;

class tst_EditYaml : public QObject, Test::PageFixture
{
    Q_OBJECT

private:
    std::unique_ptr<EditYamlDialog> open(const Kube::ResourceType &type, const QString &name)
    {
        auto dialog = std::make_unique<EditYamlDialog>(m_session->client(), m_plan.get(), type,
                                                       QString(), name);
        QSignalSpy loaded(dialog.get(), &EditYamlDialog::loaded);
        dialog->show();
        [&] { QVERIFY(Test::await(loaded)); }();
        return dialog;
    }
    QString status(EditYamlDialog *dialog)
    {
        return described<QLabel>(dialog, u"Edit status"_s)->text();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY2(setUp(), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_session->open());
    }
    void cleanup() { tearDown(); }

    void anEditIsCheckedStagedAndApplied()
    {
        auto dialog = open(Kube::Resources::storageClasses(), u"ontap-gold"_s);
        YamlEditor *editor = dialog->editor();
        QVERIFY(editor->toPlainText().contains(u"provisioner: csi.trident.netapp.io"_s));
        QVERIFY(!editor->toPlainText().contains(u"managedFields"_s));
        // Find, from the keyboard: Ctrl+F, the word, Enter.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto *find = named<QLineEdit>(dialog.get(), u"Find in the YAML"_s);
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find->hasFocus());
        QTest::keyClicks(find, u"provisioner"_s);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(editor->textCursor().selectedText(), u"provisioner"_s);

        QString text = editor->toPlainText();
        text.replace(u"metadata:\n"_s, u"metadata:\n  labels:\n    tier: gold\n"_s);
        editor->setPlainText(text);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier); // Stage
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_plan->changes().size(), 1);
        QCOMPARE(m_plan->changes().first().command.toShell(),
                 u"oc patch storageclasses.storage.k8s.io/ontap-gold --type=merge -p "
                 u"'{\"metadata\":{\"labels\":{\"tier\":\"gold\"}}}'"_s);
        QVERIFY(reviewAndApply());
        QCOMPARE(m_sandbox
                     ->kubectl({u"get"_s, u"storageclass"_s, u"ontap-gold"_s, u"-o"_s,
                                u"jsonpath={.metadata.labels.tier}"_s})
                     .out,
                 QByteArray("gold"));
    }

    void whatKubectlEditRefusesIsRefusedAndTheTextKept()
    {
        auto dialog = open(Kube::Resources::storageClasses(), u"thin"_s);
        YamlEditor *editor = dialog->editor();
        QString renamed = editor->toPlainText();
        renamed.replace(u"name: thin"_s, u"name: thick"_s);
        editor->setPlainText(renamed);
        QSignalSpy refused(dialog.get(), &EditYamlDialog::refused);
        named<QPushButton>(dialog.get(), u"Stage the edited object"_s)->click();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(status(dialog.get()).contains(u"metadata.name cannot be changed"_s),
                 qPrintable(status(dialog.get())));
        QCOMPARE(editor->toPlainText(), renamed);
        QVERIFY(dialog->isVisible());

        // Not YAML: marked at its line, never sent.
        editor->setPlainText(u"metadata:\n  name: thin\n  labels: [unclosed\n"_s);
        named<QPushButton>(dialog.get(), u"Stage the edited object"_s)->click();
        QCOMPARE(refused.size(), 2);
        QVERIFY2(status(dialog.get()).contains(u"This is not valid YAML"_s),
                 qPrintable(status(dialog.get())));
        auto *problems = named<QListWidget>(dialog.get(), u"Problems, by line"_s);
        QCOMPARE(problems->count(), 1);
        QVERIFY2(problems->item(0)->text().startsWith(u"Line "_s),
                 qPrintable(problems->item(0)->text()));
        QVERIFY(m_plan->isEmpty());
    }

    void theServersCausesAreMarkedAtTheirLines()
    {
        auto dialog = open(Kube::Resources::registryConfigs(), u"cluster"_s);
        YamlEditor *editor = dialog->editor();
        QString text = editor->toPlainText();
        QVERIFY(text.contains(u"httpSecret: REDACTED"_s)); // the secret is never shown
        QVERIFY(text.contains(u"managementState: Removed"_s));
        text.replace(u"managementState: Removed"_s, u"managementState: Sideways"_s);
        editor->setPlainText(text);
        QSignalSpy refused(dialog.get(), &EditYamlDialog::refused);
        named<QPushButton>(dialog.get(), u"Stage the edited object"_s)->click();
        QVERIFY(Test::await(refused));
        auto *problems = named<QListWidget>(dialog.get(), u"Problems, by line"_s);
        QVERIFY(problems->count() >= 1);
        const int line = problems->item(0)->data(Qt::UserRole).toInt();
        QVERIFY2(line > 0, qPrintable(problems->item(0)->text()));
        QCOMPARE(editor->document()->findBlockByNumber(line - 1).text().trimmed(),
                 u"managementState: Sideways"_s);
        QVERIFY2(problems->item(0)->text().contains(u"spec.managementState"_s),
                 qPrintable(problems->item(0)->text()));
        // Nothing staged, nothing lost.
        QVERIFY(m_plan->isEmpty());
        QCOMPARE(editor->toPlainText(), text);
    }
};

QTEST_MAIN(tst_EditYaml)
#include "tst_edityaml.moc"
