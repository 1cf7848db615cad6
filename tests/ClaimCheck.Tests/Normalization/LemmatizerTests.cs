using ClaimCheck.Normalization;

namespace ClaimCheck.Tests.Normalization;

public class LemmatizerTests
{
    [TestCase("agreements", "agreement")]
    [TestCase("talks", "talk")]
    [TestCase("negotiations", "negotiation")]
    [TestCase("parties", "party")]
    [TestCase("countries", "country")]
    [TestCase("stages", "stage")]
    [TestCase("terminals", "terminal")]
    [TestCase("hours", "hour")]
    [TestCase("analyses", "analysis")]
    [TestCase("crises", "crisis")]
    [TestCase("children", "child")]
    [TestCase("men", "man")]
    [TestCase("women", "woman")]
    [TestCase("people", "people")]
    [TestCase("spokesmen", "spokesman")]
    [TestCase("speeches", "speech")]
    [TestCase("taxes", "tax")]
    [TestCase("heroes", "hero")]
    public void PluralNounsBecomeSingular(string word, string lemma) => Assert.That(Lemmatizer.Lemma(word), Is.EqualTo(lemma));

    [TestCase("invited", "invite")]
    [TestCase("held", "hold")]
    [TestCase("agreed", "agree")]
    [TestCase("said", "say")]
    [TestCase("made", "make")]
    [TestCase("met", "meet")]
    [TestCase("led", "lead")]
    [TestCase("leading", "lead")]
    [TestCase("spoke", "speak")]
    [TestCase("took", "take")]
    [TestCase("ruled", "rule")]
    [TestCase("began", "begin")]
    [TestCase("begun", "begin")]
    [TestCase("sought", "seek")]
    [TestCase("reached", "reach")]
    [TestCase("stopped", "stop")]
    [TestCase("planning", "plan")]
    [TestCase("established", "establish")]
    [TestCase("resumed", "resume")]
    [TestCase("normalizing", "normalize")]
    [TestCase("normalising", "normalise")]
    [TestCase("stated", "state")]
    [TestCase("decided", "decide")]
    [TestCase("changed", "change")]
    [TestCase("belonged", "belong")]
    [TestCase("visited", "visit")]
    [TestCase("happened", "happen")]
    [TestCase("tried", "try")]
    [TestCase("continued", "continue")]
    [TestCase("hoped", "hope")]
    [TestCase("described", "describe")]
    [TestCase("combined", "combine")]
    [TestCase("joined", "join")]
    [TestCase("including", "include")]
    [TestCase("needed", "need")]
    public void VerbFormsBecomeTheBase(string word, string lemma) => Assert.That(Lemmatizer.Lemma(word), Is.EqualTo(lemma));

    [TestCase("press", "press")]
    [TestCase("status", "status")]
    [TestCase("us", "us")]
    [TestCase("this", "this")]
    [TestCase("was", "be")]
    [TestCase("is", "be")]
    [TestCase("are", "be")]
    [TestCase("were", "be")]
    [TestCase("been", "be")]
    [TestCase("has", "have")]
    [TestCase("had", "have")]
    [TestCase("does", "do")]
    [TestCase("did", "do")]
    [TestCase("news", "news")]
    [TestCase("thing", "thing")]
    [TestCase("during", "during")]
    [TestCase("hundred", "hundred")]
    public void ShortAndInvariantWordsAreKept(string word, string lemma) => Assert.That(Lemmatizer.Lemma(word), Is.EqualTo(lemma));

    [Test]
    public void CaseAndPossessivesAreNormalised()
    {
        Assert.That(Lemmatizer.Lemma("Agreements"), Is.EqualTo("agreement"));
        Assert.That(Lemmatizer.Lemma("Russia’s"), Is.EqualTo("russia"));
        Assert.That(Lemmatizer.Lemma("leaders'"), Is.EqualTo("leader"));
        Assert.That(Lemmatizer.Lemma("TALKS".AsSpan()), Is.EqualTo("talk"));
    }

    [Test]
    public void NounLemmaKeepsVerbEndings()
    {
        Assert.That(Lemmatizer.NounLemma("meeting"), Is.EqualTo("meeting"));
        Assert.That(Lemmatizer.NounLemma("meetings"), Is.EqualTo("meeting"));
        Assert.That(Lemmatizer.NounLemma("negotiations"), Is.EqualTo("negotiation"));
        Assert.That(Lemmatizer.Lemma("meeting"), Is.EqualTo("meet"));
    }

    [Test]
    public void HostileWordsDoNotThrow()
    {
        string[] words = ["", "s", "'", "'s", "ed", "ing", "ies", new string('x', 100_000) + "ing", "\u200D", "\uD83D\uDE00s", "ŞEHİRLER", "١٢٣"];
        foreach (var w in words)
        {
            Assert.DoesNotThrow(() => Lemmatizer.Lemma(w));
            Assert.DoesNotThrow(() => Lemmatizer.NounLemma(w));
        }
        Assert.That(Lemmatizer.Lemma(string.Empty), Is.Empty);
    }
}
