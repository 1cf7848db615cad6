using ClaimCheck.Extraction;
using static ClaimCheck.Tests.Extraction.ExtractionHelper;

namespace ClaimCheck.Tests.Extraction;

public class ActorTests
{
    [TestCase("U.S. and Russian representatives held talks in Riyadh.", "U.S.", "country:us")]
    [TestCase("Washington presented Moscow with several proposals for trade.", "Washington", "country:us")]
    [TestCase("Washington presented Moscow with several proposals for trade.", "Moscow", "country:russia")]
    [TestCase("The Kremlin has emphasized the need to restore ties with the West.", "The Kremlin", "country:russia")]
    [TestCase("Zelensky signaled that Kiev was not invited to the talks.", "Kiev", "country:ukraine")]
    [TestCase("He said Kyiv has firmly rejected the proposal made last month.", "Kyiv", "country:ukraine")]
    [TestCase("The meeting is attended by President Vladimir Putin’s top foreign policy aide, Yury Ushakov, in Riyadh.", "Yury Ushakov", "person:yuri-ushakov")]
    [TestCase("Kremlin aide Yuri Ushakov said the talks were serious and useful.", "Yuri Ushakov", "person:yuri-ushakov")]
    [TestCase("Foreign Minister Sergei Lavrov heads the Russian delegation to the talks.", "Sergei Lavrov", "person:sergey-lavrov")]
    [TestCase("Ukrainian President Volodymyr Zelenskiy has voiced strong objections to the plan.", "Volodymyr Zelenskiy", "person:volodymyr-zelensky")]
    public void AliasesResolveToCanonicalIds(string sentence, string mention, string id)
    {
        var actors = Claims(sentence).SelectMany(c => c.Actors).ToList();
        Assert.That(actors.Any(a => a.Text == mention && a.Id == id), Is.True,
            string.Join(", ", actors.Select(a => $"{a.Text}={a.Id}")));
    }

    /// <summary>An unknown person's id drops accents the same way on every host (with or without ICU).</summary>
    [TestCase("Defence Minister Sébastien Lecornu said the talks would resume in March.")]
    [TestCase("Defence Minister Sebastien Lecornu said the talks would resume in March.")]
    public void AccentedAndPlainSpellingsOfANameShareAnId(string text) =>
        Assert.That(Claims(text).SelectMany(c => c.Actors.Select(a => a.Id).Append(c.Attribution?.Id)),
            Does.Contain("person:sebastien-lecornu"));

    /// <summary>A surname learned from a titled name resolves later in the article, whether or not the word has a vocabulary
    /// id (words over 40 characters get none, which turns the surname filter off).</summary>
    [TestCase("Petrovsky")]
    [TestCase("Petrovskyabcdefghijklmnopqrstuvwxyzabcdefghij")]
    public void ASurnameSeenAfterATitledNameIsThatPerson(string surname)
    {
        var claims = Claims($"Deputy Minister Ivan {surname} said the talks would continue in Geneva. {surname} said a deal was close.");
        var id = "person:ivan-" + surname.ToLowerInvariant();
        var later = Containing(claims, "a deal was close");
        Assert.That(later.Actors.Select(a => a.Id).Append(later.Attribution?.Id), Does.Contain(id));
    }

    [Test]
    public void PronounUsIsNotTheUnitedStates()
    {
        var actors = Claims("He told us that the talks would resume on a later date.").SelectMany(c => c.Actors);
        Assert.That(actors.Any(a => a.Id == "country:us"), Is.False);
    }

    [TestCase("Energy prices in Uzbekistan rose sharply over the past year.", "Uzbekistan", "country:uzbekistan")]
    [TestCase("Kazakh officials said the pipeline would reopen next month.", "Kazakh", "country:kazakhstan")]
    [TestCase("Danish officials said the pipeline would reopen next month.", "Danish", "country:denmark")]
    [TestCase("The talks in Nairobi were described as constructive by both delegations.", "Nairobi", "country:kenya")]
    [TestCase("Filipino fishermen said the coast guard had blocked their boats.", "Filipino", "country:philippines")]
    public void CountryNamesDemonymsAndCapitalsResolve(string sentence, string mention, string id)
    {
        var actors = Claims(sentence).SelectMany(c => c.Actors).ToList();
        Assert.That(actors.Any(a => a.Text == mention && a.Id == id), Is.True,
            string.Join(", ", actors.Select(a => $"{a.Text}={a.Id}")));
    }

    [Test]
    public void LowerCaseCommonWordIsNotADemonym()
    {
        // "Danish" names Denmark, but a cheese danish is a pastry; "chile" is a pepper, "Chile" the country
        var claims = Claims("He bought a cheese danish and a jar of green chile at the market yesterday.");
        var ids = claims.SelectMany(c => c.Actors).Select(a => a.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(claims, Is.Not.Empty);
            Assert.That(ids, Does.Not.Contain("country:denmark"));
            Assert.That(ids, Does.Not.Contain("country:chile"));
        });
    }

    [Test]
    public void SurnameResolvesToThePersonIntroducedEarlier()
    {
        var claims = Claims("Deputy Minister Anatoly Brezhnev arrived in Ankara on a short visit. Brezhnev said the meeting went well and lasted long.");
        var ids = claims.SelectMany(c => c.Actors).Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).Distinct().ToList();
        Assert.That(ids, Is.EqualTo(new[] { "person:anatoly-brezhnev" }));
    }

    [Test]
    public void RiyadhAfterInIsAPlaceNotAnActor()
    {
        var c = Containing(Claims("U.S. and Russian representatives held talks in Riyadh for over four hours."), "talks");
        Assert.Multiple(() =>
        {
            Assert.That(c.Places.Select(p => p.Id), Does.Contain("place:riyadh"));
            Assert.That(c.Places.Single(p => p.Id == "place:riyadh").Text, Is.EqualTo("Riyadh"));
            Assert.That(c.Actors.Select(a => a.Id), Does.Not.Contain("country:saudi-arabia"));
        });
    }

    [Test]
    public void RoleAppositiveBecomesItsOwnClaim()
    {
        var claims = Claims("Kirill Dmitriev, the CEO of the Russian Direct Investment Fund (RDIF), described the talks as constructive.");
        var role = Containing(claims, "CEO");
        Assert.Multiple(() =>
        {
            Assert.That(role.Text, Is.EqualTo("Kirill Dmitriev, the CEO of the Russian Direct Investment Fund (RDIF)"));
            Assert.That(role.Predicate, Is.EqualTo("lead"));
            Assert.That(role.Actors.Select(a => a.Id), Is.SupersetOf(new[] { "person:kirill-dmitriev", "org:rdif" }));
        });
    }

    [Test]
    public void SovereignWealthFundIsTheRdif()
    {
        var c = Containing(Claims("Kirill Dmitriev, the head of Russia's sovereign wealth fund, also attended the talks."), "head");
        Assert.That(c.Actors.Select(a => a.Id), Does.Contain("org:rdif"));
    }
}
