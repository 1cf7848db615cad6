using ClaimCheck.Articles;
using ClaimCheck.Normalization;

namespace ClaimCheck.Tests.Normalization;

/// <summary>
/// The scanners skip words that cannot start a quantity or a date (<see cref="NumberWords.QuantityStarters"/>,
/// <see cref="NumberWords.TimeStarters"/>). The skip must never change what they find: every test text is scanned with and
/// without it.
/// </summary>
public class ScannerGateTests
{
    private static readonly string[] Tricky =
    {
        "More than 20,000 Starlink terminals arrived over four hours, no more than three days ago.",
        "In two weeks, a few weeks ago, several days ago, a couple of days later, and in excess of 5 million.",
        "On Tuesday's call, last Friday and next Monday, the 18th, earlier this month and the past decade.",
        "Tens of thousands of troops, hundreds of drones, a dozen envoys and half an hour of talks.",
        "Between 2019 and 2021, since 2014, the 1990s, February 18, 2025, and 18 February 2025 at 10:30.",
        "The first of three stages, the second stage, just over 40 percent, up to $4.5bn and about 300 people.",
        "Good Friday, Super Tuesday, this morning, tonight, yesterday, tomorrow, last night, later this year.",
        "COVID-19, Su-35, 2025-02-18, No. 5 and twenty-five rounds; one of the envoys, no one, a half.",
    };

    private static IEnumerable<(string Text, DateOnly? Dateline)> Texts()
    {
        foreach (var t in Tricky) yield return (t, new DateOnly(2025, 2, 19));
        foreach (var a in ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus }))
            yield return (a.Text, a.Published);
    }

    [Test]
    public void SkippingNonStartersFindsExactlyWhatTryingEveryTokenFinds()
    {
        int quantities = 0, times = 0;
        foreach (var (text, dateline) in Texts())
        {
            var tokens = new List<NumberToken>();
            NumberTokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
            var k = tokens.ToArray();
            var gated = new List<Quantity>();
            var full = new List<Quantity>();
            new QuantityParser(text, k, gate: true).Run(gated);
            new QuantityParser(text, k, gate: false).Run(full);
            Assert.That(gated.Select(q => q.ToString()), Is.EqualTo(full.Select(q => q.ToString())), text);
            var gatedTimes = new List<TimeExpression>();
            var fullTimes = new List<TimeExpression>();
            new TimeParser(text, k, dateline, gate: true).Run(gatedTimes);
            new TimeParser(text, k, dateline, gate: false).Run(fullTimes);
            Assert.That(gatedTimes.Select(t => t.ToString()), Is.EqualTo(fullTimes.Select(t => t.ToString())), text);
            quantities += full.Count;
            times += fullTimes.Count;
        }
        // the comparison means something only if the texts hold plenty of both
        Assert.That(quantities, Is.GreaterThan(40));
        Assert.That(times, Is.GreaterThan(25));
    }

    [Test]
    public void SentencesWithoutPayloadWordsHoldNoQuantityOrDate()
    {
        int skipped = 0, scanned = 0;
        var pipeline = CrossCheckPipeline.Default;
        var articles = ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus })
            .Concat(Tricky.Select((t, i) => new Article($"t{i}", t, published: new DateOnly(2025, 2, 19))));
        foreach (var article in articles)
            foreach (var sentence in pipeline.Segment(article))
            {
                var tokens = ClaimCheck.Extraction.Tokenizer.Tokenize(article.Text, sentence.Span);
                if (ClaimCheck.Extraction.ClaimExtractor.MayHoldQuantityOrDate(tokens)) { scanned++; continue; }
                skipped++;
                var quantities = new List<Quantity>();
                var times = new List<TimeExpression>();
                QuantityScanner.Scan(article.Text, sentence.Span, quantities);
                TimeScanner.Scan(article.Text, sentence.Span, article.Published, times);
                Assert.That(quantities.Concat<object>(times), Is.Empty, sentence.Text);
            }
        Assert.That(skipped, Is.GreaterThan(20), "the test needs sentences the extractor skips");
        Assert.That(scanned, Is.GreaterThan(20));
    }

    private static readonly string[] WordEdges =
    {
        "Tuesday's talks, Tuesday’s call, the U.S.-Russia track, F16s and 4pm, O'Brien's aide, don't and isn’t.",
        "Café owners in Zürich, naïve plans, Łódź and Kyiv; the three-stage plan's first stage, 'quoted' words.",
        "Rock'n'roll, rock 'n' roll, e.g. this, a.m. talks, COVID-19, Su-35 jets and ABC123 codes.",
    };

    [Test]
    public void NumberTokensAreTheSameWithAndWithoutTheMainTokens()
    {
        // the extractor passes the main tokenizer's tokens so plain words are taken as they are, not read again
        var texts = WordEdges.Concat(Tricky).Concat(ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus }).Select(a => a.Text));
        int words = 0;
        foreach (var text in texts)
        {
            var range = new TextSpan(0, text.Length);
            var alone = new List<NumberToken>();
            var shared = new List<NumberToken>();
            NumberTokenizer.Tokenize(text, range, alone);
            NumberTokenizer.Tokenize(text, range, shared, ClaimCheck.Extraction.Tokenizer.Tokenize(text, range));
            Assert.That(shared.Select(Describe), Is.EqualTo(alone.Select(Describe)), text);
            words += alone.Count(t => t.Kind == NumberTokenKind.Word);
        }
        Assert.That(words, Is.GreaterThan(1000));

        static string Describe(NumberToken t) =>
            $"{t.Start}-{t.CoreEnd}-{t.End} {t.Kind} {t.Gap} {(int)t.GapChar} {t.GapHasSpace} {t.Value} {t.Starts} {t.IntDigits} {t.HasSeparator} {t.HasDecimal} {t.LeadingZero}";
    }

    /// <summary>A plain word's number-word facts come from the tokenizer, read by vocabulary id (computed once per id); every
    /// other word's are computed from its characters when a scanner first asks. Both must give each lookup's own answer, in
    /// any case, on any thread.</summary>
    [Test]
    public void WordFactsByIdAgreeWithEachLookup()
    {
        var listed = "zero one two nine ten twelve twenty ninety dozen hundred thousand million billion trillion first second third "
            + "twelfth twentieth thirtieth minute minutes hours day weeks fortnight months year decades century centuries January jan "
            + "Feb March may June jul Sept Dec Monday TUESDAY friday good Black super of the a an its their every each said were "
            + "people troops terminals news series ago percent made talks agreements Tuesday's Ushakov’s o'clock";
        var texts = WordEdges.Concat(Tricky).Append(listed).Append(listed.ToUpperInvariant())
            .Concat(ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus }).Select(a => a.Text)).ToList();
        int known = 0;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4, _ =>
        {
            foreach (var text in texts)
            {
                var range = new TextSpan(0, text.Length);
                var withIds = new List<NumberToken>();
                var withoutIds = new List<NumberToken>();
                NumberTokenizer.Tokenize(text, range, withIds, ClaimCheck.Extraction.Tokenizer.Tokenize(text, range));
                NumberTokenizer.Tokenize(text, range, withoutIds);
                foreach (var token in withIds.Concat(withoutIds))
                {
                    if (token.Kind != NumberTokenKind.Word) continue;
                    var t = token;
                    if (NumberWords.WordFacts.IsPendingId(t.Facts)) Interlocked.Increment(ref known);
                    var core = text.AsSpan(t.Start, t.CoreEnd - t.Start);
                    var expected = Lookups(core);
                    var k = NumberWords.FactsOf(text, ref t);
                    var byToken = $"{k.Cardinal} {k.Ordinal} {k.Month} {k.Weekday} {k.Scale} {k.DurationUnit} {k.IsStop} {k.LooksPlural} "
                        + $"{k.IsOrdinalDeterminer} {k.IsWeekdayNamePrefix} {k.IsMonthAbbreviation}";
                    var f = NumberWords.FactsOf(core);
                    var packed = $"{f.Cardinal} {f.Ordinal} {f.Month} {f.Weekday} {f.Scale} {f.DurationUnit} {f.IsStop} {f.LooksPlural} "
                        + $"{f.IsOrdinalDeterminer} {f.IsWeekdayNamePrefix} {f.IsMonthAbbreviation}";
                    if (byToken != expected) failures.Add($"{core.ToString()} by token: {byToken} != {expected}");
                    if (packed != expected) failures.Add($"{core.ToString()} packed: {packed} != {expected}");
                }
            }
        });
        Assert.That(failures.Distinct().Take(20), Is.Empty);
        Assert.That(known, Is.GreaterThan(1000), "plain words must come with their ids, or the test shows nothing");

        static string Lookups(ReadOnlySpan<char> w) =>
            $"{NumberWords.Cardinal(w)} {NumberWords.Ordinal(w)} {NumberWords.Month(w)} {NumberWords.Weekday(w)} {NumberWords.Scale(w)} "
            + $"{NumberWords.DurationUnit(w)} {NumberWords.IsStop(w)} {NumberWords.LooksPlural(w)} {NumberWords.IsOrdinalDeterminer(w)} "
            + $"{NumberWords.IsWeekdayNamePrefix(w)} {NumberWords.IsMonthAbbreviation(w)}";
    }

    /// <summary>The per-id facts table grows as ids appear, from several threads at once; every answer stays the word's own.</summary>
    [Test]
    public void WordFactsByIdSurviveTheTableGrowing()
    {
        // number words between fresh words whose ids lie past the table's first size, so the reads below make it grow
        var words = Enumerable.Range(0, 15_000)
            .Select(i => i % 3 == 0 ? "months" : i % 3 == 1 ? "twelve" : "grow" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        var ids = words.Select(ClaimCheck.Normalization.Vocabulary.Intern).ToArray();
        Assert.That(ids.Max(), Is.GreaterThan(4096));
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4, t =>
        {
            // two threads on each half of the words, so every id is read twice, concurrently
            for (int i = t % 2; i < words.Length; i += 2)
                if (NumberWords.FactsOf(ids[i], words[i]).Bits != NumberWords.FactsOf(words[i].AsSpan()).Bits) wrong.Add(words[i]);
        });
        Assert.That(wrong, Is.Empty);
        Assert.That(NumberWords.FactsOf(ids[0], "months").DurationUnit, Is.EqualTo("month"));
        Assert.That(NumberWords.FactsOf(ids[1], "twelve").Cardinal, Is.EqualTo(12));
    }

    [Test]
    public void StartFlagsIgnoreCaseAndPossessives()
    {
        Assert.That(NumberWords.StartFlags("Over") & NumberWords.StartsQuantity, Is.Not.Zero);
        Assert.That(NumberWords.StartFlags("TUESDAY") & NumberWords.StartsTime, Is.Not.Zero);
        Assert.That(NumberWords.StartFlags("talks"), Is.Zero);
    }
}
