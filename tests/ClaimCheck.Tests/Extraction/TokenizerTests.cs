using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>The tokenizer's rules, and that its per-thread surface table and fast paths never change a token.</summary>
public class TokenizerTests
{
    private static Token[] All(string text) => Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

    private static string[] Lowers(string text) => All(text).Select(t => t.Lower).ToArray();

    [TestCase("U.S.-Russia talks", new[] { "u.s.", "-", "russia", "talks" })] // an abbreviation keeps its dot: no hyphen join
    [TestCase("Russia’s envoy and Lavrov's aide", new[] { "russia", "'s", "envoy", "and", "lavrov", "'s", "aide" })]
    [TestCase("They don't, O’Brien isn’t", new[] { "they", "don't", ",", "o'brien", "isn't" })]
    [TestCase("20,000 troops on the 18th at 4pm", new[] { "20,000", "troops", "on", "the", "18th", "at", "4pm" })]
    [TestCase("e.g. the J.D. Vance team", new[] { "e.g.", "the", "j.d.", "vance", "team" })]
    [TestCase("Ab. cd", new[] { "ab", ".", "cd" })]
    [TestCase("e\u0301tude cafe\u0301", new[] { "e\u0301tude", "cafe\u0301" })]
    [TestCase("Kyi\u200Dv talks", new[] { "kyi\u200Dv", "talks" })]
    [TestCase("peace \U0001F54A plan", new[] { "peace", "\U0001F54A", "plan" })]
    [TestCase("\u200Bhidden\u200E start", new[] { "hidden", "start" })]
    public void SplitsAsDocumented(string text, string[] expected) =>
        Assert.That(Lowers(text), Is.EqualTo(expected));

    [Test]
    public void MarksHyphenJoinsCaseAndPlainWords()
    {
        var t = All("three-stage US us Us MOSCOW Łódź F16");
        Assert.That(t.Select(x => x.HyphenBefore), Is.EqualTo(new[] { false, true, false, false, false, false, false, false }));
        Assert.That(t.Select(x => x.Capitalized), Is.EqualTo(new[] { false, false, true, false, true, true, true, true }));
        Assert.That(t.Select(x => x.AllCaps), Is.EqualTo(new[] { false, false, true, false, false, true, false, false }));
        Assert.That(t.Select(x => x.Plain), Is.EqualTo(new[] { true, true, true, true, true, true, false, false }));
    }

    /// <summary>A word is looked up from its characters: read in place when twelve characters follow its start, else one by
    /// one. Either way, and whether the thread's table already holds the surface or not, the token must be the same.</summary>
    [Test]
    public void SameTokensWhereverTheTextSitsInItsString()
    {
        const string text = "A Kremlin aide, Yuri Ushakov, said the U.S. side (Rubio) agreed; talks ran 4.5 hours. Ab abc abcd abcde "
            + "abcdefghijkl abcdefghijklm it’s Ushakov’s x";
        var alone = All(text);
        var padded = "xxxxxxxxxxxxxxxx " + text + " zzzzzzzzzzzzzzzzzzzz";
        var inside = Tokenizer.Tokenize(padded, new TextSpan(17, text.Length));
        var again = All(text);
        Assert.That(inside.Length, Is.EqualTo(alone.Length));
        for (int i = 0; i < alone.Length; i++)
        {
            Assert.That(Describe(inside[i], -17), Is.EqualTo(Describe(alone[i], 0)), $"token {i}");
            Assert.That(Describe(again[i], 0), Is.EqualTo(Describe(alone[i], 0)), $"token {i}, second time");
        }
    }

    /// <summary>Surfaces that share their first four or eight characters, or differ only in case, sit in different slots
    /// (or evict each other) but never answer for one another.</summary>
    [Test]
    public void SurfacesSharingAPrefixKeepTheirOwnForms()
    {
        var words = new List<string>();
        foreach (var stem in new[] { "talk", "talks", "talked", "negotiat", "negotiated", "negotiators", "Talks", "TALKS" })
            words.Add(stem);
        // same-length surfaces that differ only in their last character, at every position from the 2nd to the 12th
        for (int i = 0; i < 3000; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            words.Add("w" + n);
            words.Add("wwww" + n);
            words.Add("wwwwwwww" + n);
        }
        var text = string.Join(' ', words);
        for (int round = 0; round < 2; round++)
        {
            var tokens = All(text);
            Assert.That(tokens.Length, Is.EqualTo(words.Count));
            for (int i = 0; i < words.Count; i++)
            {
                Assert.That(tokens[i].Lower, Is.EqualTo(words[i].ToLowerInvariant()), words[i]);
                Assert.That(tokens[i].Capitalized, Is.EqualTo(char.IsUpper(words[i][0])), words[i]);
                Assert.That(tokens[i].Start, Is.EqualTo(text.IndexOf(words[i] + (i + 1 < words.Count ? " " : ""), i == 0 ? 0 : tokens[i - 1].End, StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>A huge range grows the thread's token buffer past what it keeps; the next ranges must not see its tokens.</summary>
    [Test]
    public void AHugeRangeLeavesNoTokensBehind()
    {
        var huge = string.Join(' ', Enumerable.Repeat("talks", 10_000));
        Assert.That(Tokenizer.Tokenize(huge, new TextSpan(0, huge.Length), pooled: true), Has.Length.EqualTo(10_000));
        Assert.That(Tokenizer.Tokenize("Kyiv was not invited", new TextSpan(0, 20), pooled: true).Select(t => t.Lower),
            Is.EqualTo(new[] { "kyiv", "was", "not", "invited" }));
        Assert.That(Tokenizer.Tokenize(huge, new TextSpan(0, huge.Length), pooled: true).Count(t => t.Lower == "talks"), Is.EqualTo(10_000));
    }

    private static string Describe(Token t, int shift) =>
        $"{t.Start + shift}+{t.Length} {t.Kind} {t.Lower}/{t.Lemma} {t.LowerId}/{t.LemmaId} cap={t.Capitalized} caps={t.AllCaps} hyph={t.HyphenBefore} plain={t.Plain}";
}
