using ClaimCheck.Extraction;
using static ClaimCheck.Tests.Extraction.ExtractionHelper;

namespace ClaimCheck.Tests.Extraction;

public class ClauseTests
{
    [Test]
    public void TrailingSpeakerIsTheAttributionNotPartOfTheClaim()
    {
        const string s = "Team members have not been determined yet, Russian presidential aide Yuri Ushakov said.";
        var c = Single(s);
        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("Team members have not been determined yet"));
            Assert.That(c.Attribution?.Id, Is.EqualTo("person:yuri-ushakov"));
            Assert.That(c.Attribution?.Text, Is.EqualTo("Yuri Ushakov"));
        });
    }

    [Test]
    public void ASpeakerWithAnAppositiveBeforeSaidIsALeadingFrame()
    {
        // ", said …" near the end is usually a trailing speaker; here nothing before the comma is a verb and a verb follows
        var claims = Claims("Kirill Dmitriev, the head of the Russian Direct Investment Fund, said the two countries agreed to restore embassies.");
        var c = Containing(claims, "restore");
        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("the two countries agreed to restore embassies"));
            Assert.That(c.Attribution?.Id, Is.EqualTo("person:kirill-dmitriev"));
            Assert.That(claims.Select(x => x.Text), Does.Contain("Kirill Dmitriev, the head of the Russian Direct Investment Fund"));
        });
    }

    [Test]
    public void ATrailingSpeakerMayCarryAnAppositive()
    {
        var claims = Claims("Washington and Moscow agreed to restore their embassies, said Kirill Dmitriev, the head of the fund.");
        var c = Containing(claims, "restore");
        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("Washington and Moscow agreed to restore their embassies"));
            Assert.That(c.Attribution?.Id, Is.EqualTo("person:kirill-dmitriev"));
        });
    }

    [TestCase("The delegations met for four hours, Ushakov told reporters, adding that a summit was possible.", "The delegations met for four hours")]
    [TestCase("The delegations met for four hours, said Ushakov, adding that a summit was possible.", "The delegations met for four hours")]
    [TestCase("Ushakov said the delegations met for four hours, adding that a summit was possible.", "the delegations met for four hours")]
    public void AnAddingThatAdjunctIsTheSameSpeakersNextClaim(string sentence, string first)
    {
        var claims = Claims(sentence);
        Assert.That(claims.Select(c => c.Text), Is.EqualTo(new[] { first, "a summit was possible" }));
        Assert.That(claims.Select(c => c.Attribution?.Id), Has.All.EqualTo("person:yuri-ushakov"));
    }

    [Test]
    public void LeadingAccordingToIsAnAttribution()
    {
        var c = Single("According to Reuters, during the talks, Russia demanded that NATO officially abandon the promise.");
        Assert.Multiple(() =>
        {
            Assert.That(c.Attribution?.Id, Is.EqualTo("org:reuters"));
            Assert.That(c.Text, Does.StartWith("during the talks"));
        });
    }

    [Test]
    public void ButSplitsClausesAndThePronounInheritsSpeakerAndActors()
    {
        var claims = Claims("Yuri Ushakov said the US and Russia would work to create the conditions for a Trump-Putin meeting but he said this would probably not take place next week.");
        var second = Containing(claims, "probably not");
        Assert.Multiple(() =>
        {
            Assert.That(second.Text, Is.EqualTo("this would probably not take place next week"), "the speech frame is the attribution, not the claim");
            Assert.That(second.Attribution?.Id, Is.EqualTo("person:yuri-ushakov"));
            Assert.That(second.Actors.Select(a => a.Id), Does.Contain("person:donald-trump"));
            Assert.That(second.Modality, Is.EqualTo(Modality.Unlikely));
        });
    }

    [Test]
    public void CoordinatedVerbPhraseIsItsOwnClaim()
    {
        var claims = Claims("Russia ruled out a role for Europe in the talks and demanded that NATO rescind an open-ended 2008 invitation for Ukraine to join the alliance.");
        var demand = Containing(claims, "demanded");
        Assert.Multiple(() =>
        {
            Assert.That(demand.Text, Is.EqualTo("demanded that NATO rescind an open-ended 2008 invitation for Ukraine to join the alliance"));
            Assert.That(demand.Actors.Select(a => a.Id), Does.Contain("country:russia"), "the subject is inherited");
            Assert.That(Containing(claims, "ruled out").Polarity, Is.EqualTo(Polarity.Negated));
        });
    }

    [Test]
    public void WithoutAdjunctIsANegatedClaim()
    {
        var claims = Claims("Trump has taken a strong lead in pushing for a ceasefire, without inviting European allies or having Ukraine present.");
        var without = Containing(claims, "without");
        Assert.Multiple(() =>
        {
            Assert.That(without.Text, Is.EqualTo("without inviting European allies or having Ukraine present"));
            Assert.That(without.Polarity, Is.EqualTo(Polarity.Negated));
        });
    }

    [Test]
    public void QuestionsAndShortFragmentsAreNotClaims()
    {
        Assert.That(Claims("Who are the Russian officials meeting with the US team?"), Is.Empty);
        Assert.That(Claims("Bilateral Relations"), Is.Empty);
    }
}
