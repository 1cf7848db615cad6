using ClaimCheck.Articles;
using ClaimCheck.Normalization;

namespace ClaimCheck.Tests.Normalization;

public class KnowledgeTests
{
    [Test]
    public void BuiltInTablesLoad()
    {
        var k = Knowledge.BuiltIn;
        Assert.Multiple(() =>
        {
            Assert.That(k.Aliases.Actors, Is.Not.Empty);
            Assert.That(k.Aliases.Places, Is.Not.Empty);
            Assert.That(k.Lexicon.Predicates["negotiation"], Is.EqualTo("talk"));
            Assert.That(k.Lexicon.AreAntonyms("likely", "unlikely"), Is.True);
        });
    }

    [Test]
    public void CallersAddTheirOwnAliasesAsJson()
    {
        const string json = """
            {"actors":[{"id":"person:ada-lovelace","kind":"person","names":["Ada Lovelace","Countess of Lovelace","Lovelace"],"affiliation":"country:uk"}],
             "places":[{"id":"place:ockham","names":["Ockham"],"country":"country:uk"}]}
            """;
        var pipeline = new CrossCheckPipelineBuilder().UseAliases(AliasTable.FromJson(json, "mine.json")).Build();
        var claims = pipeline.Analyze(new Article("x", "The Countess of Lovelace published her notes in Ockham in 1843.")).Claims;
        Assert.Multiple(() =>
        {
            Assert.That(claims.SelectMany(c => c.Actors).Select(a => a.Id), Does.Contain("person:ada-lovelace"));
            Assert.That(claims.SelectMany(c => c.Places).Select(p => p.Id), Does.Contain("place:ockham"));
        });
    }

    [Test]
    public void CallersAddLexiconEntries()
    {
        var extra = Lexicon.FromJson("""{"predicates":{"talks":["powwow"]}}""");
        var pipeline = new CrossCheckPipelineBuilder().UseLexicon(extra).Build();
        var claim = pipeline.Analyze(new Article("x", "The powwow between the two envoys lasted four hours.")).Claims.Single();
        Assert.That(claim.Predicate, Is.EqualTo("talk"));
    }

    [TestCase("{", "alias table")]
    [TestCase("""{"actors":[{"names":["X"]}]}""", "id")]
    [TestCase("""{"actors":[{"id":"person:x","kind":"robot","names":["X"]}]}""", "kind")]
    [TestCase("""{"actors":{"id":"x"}}""", "array")]
    public void MalformedAliasTablesGiveATypedError(string json, string mention)
    {
        var e = Assert.Throws<ConfigurationDataException>(() => AliasTable.FromJson(json));
        Assert.That(e!.Message, Does.Contain(mention));
    }
}
