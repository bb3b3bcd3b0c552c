#include "PlacementSeed.h"
#include "TestSupport.h"
#include "VerifyResult.h"
#include "welcome/WelcomeTemplate.h"

#include <QSignalSpy>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

// The contents of a template without ids and positions, to compare two templates by what a person sees.
QStringList outline(const WelcomeTemplate &t)
{
    QStringList out;
    for (const auto &s : t.sections) {
        out << QStringLiteral("# %1 | %2 | %3").arg(s.title.nb, s.title.nn, s.title.en);
        for (const auto &i : s.items)
            out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
                       .arg(i.text.nb, i.text.nn, i.text.en, toId(i.role))
                       .arg(i.dueDay)
                       .arg(i.fromEnd);
    }
    return out;
}

bool positionsDense(const WelcomeTemplate &t)
{
    for (int s = 0; s < t.sections.size(); ++s) {
        if (t.sections[s].position != s)
            return false;
        for (int i = 0; i < t.sections[s].items.size(); ++i)
            if (t.sections[s].items[i].position != i || t.sections[s].items[i].sectionId != t.sections[s].id)
                return false;
    }
    return true;
}

} // namespace

class TestWelcomeTemplate : public QObject
{
    Q_OBJECT

private:
    WelcomeTemplate loadDefault(PlanFile &plan)
    {
        WelcomeTemplates templates(plan);
        auto id = templates.defaultTemplateId();
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        auto t = templates.load(id.value());
        if (!t)
            qFatal("%s", qPrintable(t.error().toString()));
        return t.value();
    }

private slots:
    void defaultLoadedInNewPlan_data()
    {
        // The sections of PRODUCT.md section 7, in order, and a word that must be in each language's title.
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("nb");
        QTest::addColumn<QString>("nn");
        QTest::addColumn<QString>("en");
        QTest::newRow("before") << 0 << u"Før studenten kommer"_s << u"kjem"_s << u"Before"_s;
        QTest::newRow("first day") << 1 << u"Første dag"_s << u"dag"_s << u"First day"_s;
        QTest::newRow("first week") << 2 << u"Første uke"_s << u"veka"_s << u"First week"_s;
        QTest::newRow("during") << 3 << u"Underveis"_s << u"Undervegs"_s << u"During"_s;
        QTest::newRow("end") << 4 << u"Avslutning"_s << u"Avslutning"_s << u"End"_s;
    }

    void defaultLoadedInNewPlan()
    {
        QFETCH(int, index);
        QFETCH(QString, nb);
        QFETCH(QString, nn);
        QFETCH(QString, en);
        test::TempPlan t;
        const WelcomeTemplate def = loadDefault(t.plan());
        QVERIFY(!def.siteId);
        QCOMPARE(def.sections.size(), 5);
        const TemplateSection &s = def.sections.at(index);
        QCOMPARE(s.title.nb, nb);
        QVERIFY2(s.title.nn.contains(nn), qPrintable(s.title.nn));
        QVERIFY2(s.title.en.contains(en), qPrintable(s.title.en));
        QVERIFY(!s.items.isEmpty());
        for (const TemplateItem &i : s.items) {
            QVERIFY2(!i.text.nb.isEmpty() && !i.text.nn.isEmpty() && !i.text.en.isEmpty(), qPrintable(i.text.nb));
            QVERIFY2(i.text.nb != i.text.nn || i.text.nb.size() < 45, qPrintable(i.text.nb)); // really translated
        }
        QVERIFY(positionsDense(def));
    }

    void defaultCoversTheJobbvinnerAdvice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("nb") << u"nb"_s
                            << QStringList{u"Velkomstbrev"_s,
                                           u"personalgruppen"_s,
                                           u"hovedveileder"_s,
                                           u"Turnus"_s,
                                           u"egenpresentasjon"_s,
                                           u"garderobeskap"_s,
                                           u"fagsystem"_s,
                                           u"Politiattest og taushetserklæring"_s,
                                           u"kl. 10.00"_s,
                                           u"Omvisning"_s,
                                           u"kollegaene"_s,
                                           u"Brannvern, smittevern og avvikssystem"_s,
                                           u"Forventningssamtale"_s,
                                           u"veiledningstid"_s,
                                           u"legemiddelhåndtering"_s,
                                           u"Midtveisvurdering"_s,
                                           u"Fravær"_s,
                                           u"Sluttvurdering"_s,
                                           u"Tilbakemelding fra studenten"_s,
                                           u"Nøkler"_s,
                                           u"Sommerjobb"_s};
        QTest::newRow("nn") << u"nn"_s << QStringList{u"praksisrettleiar"_s.toLower(),
                                                      u"hovudrettleiar"_s,
                                                      u"teieplikterklæring"_s,
                                                      u"tilgangskort"_s,
                                                      u"Midtvegsvurdering"_s,
                                                      u"Fråvær"_s,
                                                      u"sommarjobb"_s};
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"Welcome letter"_s, u"confidentiality declaration"_s,
                                           u"Police certificate"_s, u"Expectations meeting"_s, u"Final assessment"_s};
    }

    void defaultCoversTheJobbvinnerAdvice()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, phrases);
        test::TempPlan t;
        QString all;
        for (const auto &s : loadDefault(t.plan()).sections)
            for (const auto &i : s.items)
                all += i.text.in(language) + QLatin1Char('\n');
        for (const QString &p : std::as_const(phrases))
            QVERIFY2(all.contains(p, Qt::CaseInsensitive), qPrintable(p));
    }

    void defaultUsesEveryRoleAndEndRelativeItems()
    {
        test::TempPlan t;
        QSet<QString> roles;
        int fromEnd = 0;
        for (const auto &s : loadDefault(t.plan()).sections)
            for (const auto &i : s.items) {
                roles.insert(toId(i.role));
                fromEnd += i.fromEnd ? 1 : 0;
                QVERIFY(i.dueDay >= WelcomeTemplates::minDueDay && i.dueDay <= WelcomeTemplates::maxDueDay);
            }
        QCOMPARE(roles.size(), allValues<Role>().size());
        QVERIFY(fromEnd >= 4);
        const auto before = loadDefault(t.plan()).sections.first();
        for (const auto &i : before.items)
            QVERIFY2(i.dueDay < 0 && !i.fromEnd, qPrintable(i.text.nb));
    }

    void reopeningDoesNotAddAnotherDefault()
    {
        test::TempPlan t;
        const auto before = loadDefault(t.plan());
        t.reopen();
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM welcome_templates"_s).toInt(), 1);
        QCOMPARE(loadDefault(t.plan()), before);
    }

    void insertRemoveSectionUndoesExactly()
    {
        test::TempPlan t;
        WelcomeTemplates templates(t.plan());
        const WelcomeTemplate before = loadDefault(t.plan());
        QSignalSpy spy(&t.plan(), &PlanFile::changed);

        TemplateSection s;
        s.templateId = before.id;
        s.position = 1;
        s.title = {u"Etter første uke"_s, u"Etter første veka"_s, u"After the first week"_s};
        s.items << TemplateItem{0, 0, 0, {u"Samtale"_s, u"Samtale"_s, u"Talk"_s}, Role::Leder, 8, false};
        auto id = templates.insertSection(s);
        QVERIFY_RESULT(id);
        QCOMPARE(spy.count(), 1);
        const auto change = spy.at(0).at(0).value<Change>();
        QCOMPARE(change.entity, Entity::Template);
        QCOMPARE(change.ids, QList<qint64>{before.id});

        WelcomeTemplate after = loadDefault(t.plan());
        QCOMPARE(after.sections.size(), before.sections.size() + 1);
        QCOMPARE(after.sections.at(1).id, id.value());
        QCOMPARE(after.sections.at(1).title.nn, u"Etter første veka"_s);
        QCOMPARE(after.sections.at(1).items.size(), 1);
        QCOMPARE(after.sections.at(2).title, before.sections.at(1).title);
        QVERIFY(positionsDense(after));

        // undo: remove it; redo: insert what removeSection returned, with the same ids
        auto removed = templates.removeSection(id.value());
        QVERIFY(removed);
        QCOMPARE(loadDefault(t.plan()), before);
        auto again = templates.insertSection(removed.value());
        QVERIFY(again);
        QCOMPARE(again.value(), id.value());
        QCOMPARE(loadDefault(t.plan()), after);

        // removing an original section and putting it back gives the template exactly as it was
        auto gone = templates.removeSection(before.sections.at(0).id);
        QVERIFY(gone);
        QVERIFY(positionsDense(loadDefault(t.plan())));
        QVERIFY(templates.insertSection(gone.value()));
        QCOMPARE(loadDefault(t.plan()), after);
    }

    void renameAndMoveSection()
    {
        test::TempPlan t;
        WelcomeTemplates templates(t.plan());
        const WelcomeTemplate before = loadDefault(t.plan());
        const qint64 last = before.sections.last().id;
        auto old = templates.moveSection(last, 0);
        QVERIFY(old);
        QCOMPARE(old.value(), 4);
        WelcomeTemplate moved = loadDefault(t.plan());
        QCOMPARE(moved.sections.first().id, last);
        QCOMPARE(moved.sections.at(1).id, before.sections.at(0).id);
        QVERIFY(positionsDense(moved));
        QVERIFY(templates.moveSection(last, old.value()));
        QCOMPARE(loadDefault(t.plan()), before);

        auto oldTitle = templates.renameSection(last, {u"Slutt"_s, u"Slutt"_s, u"End"_s});
        QVERIFY(oldTitle);
        QCOMPARE(oldTitle.value(), before.sections.last().title);
        QCOMPARE(loadDefault(t.plan()).sections.last().title.en, u"End"_s);
        QVERIFY(templates.renameSection(last, oldTitle.value()));
        QCOMPARE(loadDefault(t.plan()), before);

        auto empty = templates.renameSection(last, {u" "_s, {}, {}});
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind, Error::Kind::Invalid);
    }

    void moveItem_data()
    {
        QTest::addColumn<int>("fromSection");
        QTest::addColumn<int>("fromPos");
        QTest::addColumn<int>("toSection");
        QTest::addColumn<int>("toPos");
        QTest::addColumn<int>("expectedPos");
        QTest::newRow("down within") << 0 << 0 << 0 << 3 << 3;
        QTest::newRow("up within") << 0 << 4 << 0 << 1 << 1;
        QTest::newRow("to end within") << 1 << 0 << 1 << -1 << 6;
        QTest::newRow("to other section") << 0 << 2 << 2 << 1 << 1;
        QTest::newRow("to other section's end") << 4 << 0 << 1 << 99 << 7;
    }

    void moveItem()
    {
        QFETCH(int, fromSection);
        QFETCH(int, fromPos);
        QFETCH(int, toSection);
        QFETCH(int, toPos);
        QFETCH(int, expectedPos);
        test::TempPlan t;
        WelcomeTemplates templates(t.plan());
        const WelcomeTemplate before = loadDefault(t.plan());
        const TemplateItem item = before.sections.at(fromSection).items.at(fromPos);
        const qint64 target = before.sections.at(toSection).id;
        auto was = templates.moveItem(item.id, target, toPos);
        QVERIFY_RESULT(was);
        QCOMPARE(was->sectionId, item.sectionId);
        QCOMPARE(was->position, item.position);
        const WelcomeTemplate after = loadDefault(t.plan());
        QVERIFY(positionsDense(after));
        QCOMPARE(after.sections.at(toSection).items.at(expectedPos).id, item.id);
        QCOMPARE(after.sections.at(toSection).items.at(expectedPos).text, item.text);
        // undo
        QVERIFY(templates.moveItem(item.id, was->sectionId, was->position));
        QCOMPARE(loadDefault(t.plan()), before);
    }

    void insertUpdateRemoveItem()
    {
        test::TempPlan t;
        WelcomeTemplates templates(t.plan());
        const WelcomeTemplate before = loadDefault(t.plan());
        TemplateItem item;
        item.sectionId = before.sections.at(1).id;
        item.position = 0;
        item.text = {u"Kaffe og vafler på vaktrommet"_s, u"Kaffi og vaflar på vaktrommet"_s,
                     u"Coffee and waffles in the staff room"_s};
        item.role = Role::Leder;
        item.dueDay = 0;
        auto id = templates.insertItem(item);
        QVERIFY(id);
        auto stored = templates.item(id.value());
        QVERIFY(stored);
        QCOMPARE(stored->text, item.text);
        QCOMPARE(stored->position, 0);
        QCOMPARE(loadDefault(t.plan()).sections.at(1).items.at(1).id, before.sections.at(1).items.at(0).id);

        TemplateItem changed = stored.value();
        changed.role = Role::Kontaktlaerer;
        changed.dueDay = -2;
        changed.fromEnd = true;
        changed.text.nn = u"Kaffi, vaflar og ein prat"_s;
        auto old = templates.updateItem(changed);
        QVERIFY(old);
        QCOMPARE(old.value(), stored.value());
        QCOMPARE(templates.item(id.value()).value(), changed);
        QVERIFY(templates.updateItem(old.value()));
        QCOMPARE(templates.item(id.value()).value(), stored.value());

        auto removed = templates.removeItem(id.value());
        QVERIFY(removed);
        QCOMPARE(loadDefault(t.plan()), before);
        auto back = templates.insertItem(removed.value());
        QVERIFY(back);
        QCOMPARE(back.value(), id.value());
        QCOMPARE(templates.item(id.value()).value(), stored.value());
    }

    void invalidItemsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dueDay");
        QTest::newRow("empty text") << u"  "_s << 0;
        QTest::newRow("due day too early") << u"Noe"_s << -400;
        QTest::newRow("due day too late") << u"Noe"_s << 366;
    }

    void invalidItemsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(int, dueDay);
        test::TempPlan t;
        WelcomeTemplates templates(t.plan());
        const WelcomeTemplate before = loadDefault(t.plan());
        TemplateItem item;
        item.sectionId = before.sections.at(0).id;
        item.text.nb = text;
        item.dueDay = dueDay;
        auto r = templates.insertItem(item);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY(!r.error().message.isEmpty());
        item.id = before.sections.at(0).items.at(0).id;
        QVERIFY(!templates.updateItem(item));
        QCOMPARE(loadDefault(t.plan()), before);
    }

    void restoreDefaultAndUndo()
    {
        test::TempPlan t;
        WelcomeTemplates templates(t.plan());
        const WelcomeTemplate original = loadDefault(t.plan());
        // edit a lot
        QVERIFY(templates.removeSection(original.sections.at(2).id));
        QVERIFY(templates.moveItem(original.sections.at(0).items.at(0).id, original.sections.at(4).id, 0));
        TemplateItem changed = original.sections.at(1).items.at(1);
        changed.text.nb = u"Noe helt annet"_s;
        QVERIFY(templates.updateItem(changed));
        const WelcomeTemplate edited = loadDefault(t.plan());
        QVERIFY(outline(edited) != outline(original));

        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto old = templates.restoreDefault();
        QVERIFY_RESULT(old);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(old.value(), edited);
        const WelcomeTemplate restored = loadDefault(t.plan());
        QCOMPARE(outline(restored), outline(shippedDefaultTemplate().value()));
        QCOMPARE(outline(restored), outline(original));
        QVERIFY(positionsDense(restored));

        // undo gives back exactly the edited template, ids included; redo the restored one
        auto undone = templates.replaceContents(old.value());
        QVERIFY(undone);
        QCOMPARE(loadDefault(t.plan()), edited);
        QVERIFY(templates.replaceContents(undone.value()));
        QCOMPARE(loadDefault(t.plan()), restored);
    }

    void siteVariantApplies()
    {
        test::TempPlan t;
        test::seedPlacement(t.plan());
        const qint64 site = test::siteId(t.plan(), u"Solgløtt sykehjem"_s);
        QVERIFY(site > 0);
        WelcomeTemplates templates(t.plan());
        const WelcomeTemplate def = loadDefault(t.plan());
        QCOMPARE(templates.templateIdForSite(site).value(), def.id);
        QVERIFY(!templates.siteTemplateId(site).value().has_value());

        QSignalSpy spy(&t.plan(), &PlanFile::changed);
        auto variantId = templates.createSiteVariant(site);
        QVERIFY_RESULT(variantId);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().kind, Change::Kind::Inserted);
        QVERIFY(variantId.value() != def.id);
        QCOMPARE(templates.templateIdForSite(site).value(), variantId.value());
        auto variant = templates.load(variantId.value());
        QVERIFY(variant);
        QCOMPARE(variant->siteId.value_or(0), site);
        QCOMPARE(outline(variant.value()), outline(def));
        QVERIFY(positionsDense(variant.value()));
        auto list = templates.siteVariants();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().siteName, u"Solgløtt sykehjem / Avdeling Bjørk"_s);

        // editing the variant leaves the default alone
        QVERIFY(templates.removeItem(variant->sections.at(0).items.at(0).id));
        QCOMPARE(loadDefault(t.plan()), def);
        QVERIFY(!templates.moveItem(variant->sections.at(0).items.at(1).id, def.sections.at(0).id, 0));

        // a second variant for the same site is refused
        auto twice = templates.createSiteVariant(site);
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);

        // remove and undo
        const WelcomeTemplate edited = templates.load(variantId.value()).value();
        auto removed = templates.removeSiteVariant(site);
        QVERIFY(removed);
        QCOMPARE(removed.value(), edited);
        QCOMPARE(templates.templateIdForSite(site).value(), def.id);
        QVERIFY(templates.restoreVariant(removed.value()));
        QCOMPARE(templates.load(variantId.value()).value(), edited);
        QCOMPARE(templates.templateIdForSite(site).value(), variantId.value());

        // redo of "create" after its undo keeps the id
        QVERIFY(templates.removeSiteVariant(site));
        auto again = templates.createSiteVariant(site, variantId.value());
        QVERIFY(again);
        QCOMPARE(again.value(), variantId.value());
    }

    void unknownSiteHasNoVariant()
    {
        test::TempPlan t;
        WelcomeTemplates templates(t.plan());
        auto r = templates.createSiteVariant(4711);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(test::scalar(t.plan(), u"SELECT count(*) FROM welcome_templates"_s).toInt(), 1);
    }

    void textFallsBackToBokmal()
    {
        const LocalizedText text{u"Bokmål"_s, QString(), u"English"_s};
        QCOMPARE(text.in(u"nn"_s), u"Bokmål"_s);
        QCOMPARE(text.in(u"en"_s), u"English"_s);
        QCOMPARE(text.in(u"nb"_s), u"Bokmål"_s);
        QCOMPARE((LocalizedText{QString(), QString(), u"Only English"_s}).in(u"nb"_s), u"Only English"_s);
    }
};

QTEST_GUILESS_MAIN(TestWelcomeTemplate)
#include "tst_welcometemplate.moc"
