using System.Collections.Concurrent;
using System.Collections.Immutable;
using ClaimCheck.Alignment;
using ClaimCheck.Articles;
using ClaimCheck.Comparison;
using ClaimCheck.Extraction;
using ClaimCheck.Normalization;
using ClaimCheck.Reporting;
using ClaimCheck.Segmentation;

namespace ClaimCheck;

/// <summary>An immutable, configured cross-check: articles → sentences → claims → candidate pairs → findings.</summary>
/// <remarks>
/// Build one with <see cref="CrossCheckPipelineBuilder"/> (or use <see cref="CrossCheckPipeline.Default"/>) and
/// reuse it: it is immutable and thread-safe, and many threads may run it at once. Output is deterministic:
/// the same articles, in any order and on any number of threads, give the same report.
/// </remarks>
public sealed class CrossCheckPipeline
{
    private static readonly Lazy<CrossCheckPipeline> DefaultPipeline = new(() => new CrossCheckPipelineBuilder().Build());

    internal CrossCheckPipeline(
        CrossCheckOptions options,
        Knowledge knowledge,
        ISentenceSplitter splitter,
        IClaimExtractor extractor,
        ICandidateBlocker blocker,
        IClaimComparer comparer)
    {
        Options = options;
        Knowledge = knowledge;
        Splitter = splitter;
        Extractor = extractor;
        Blocker = blocker;
        Comparer = comparer;
    }

    /// <summary>A pipeline with the built-in tables and components.</summary>
    public static CrossCheckPipeline Default => DefaultPipeline.Value;

    /// <summary>Limits and switches.</summary>
    public CrossCheckOptions Options { get; }

    /// <summary>The alias tables and lexicon the components use.</summary>
    public Knowledge Knowledge { get; }

    /// <summary>The sentence splitter (stage <c>Segmentation</c>).</summary>
    public ISentenceSplitter Splitter { get; }

    /// <summary>The claim extractor (stages <c>Extraction</c> and <c>Normalization</c>).</summary>
    public IClaimExtractor Extractor { get; }

    /// <summary>The candidate blocker (stage <c>Alignment</c>).</summary>
    public ICandidateBlocker Blocker { get; }

    /// <summary>The claim comparer (stage <c>Comparison</c>).</summary>
    public IClaimComparer Comparer { get; }

    /// <summary>Splits an article's body into sentences.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Its sentences, in order.</returns>
    /// <remarks>Sentences longer than <see cref="CrossCheckOptions.MaxSentenceChars"/> are broken into pieces; <see cref="Analyze"/> reports the breaks in <see cref="ArticleAnalysis.Notices"/>.</remarks>
    public IReadOnlyList<Sentence> Segment(Article article) => Segment(article, out _);

    private List<Sentence> Segment(Article article, out int cut)
    {
        ArgumentNullException.ThrowIfNull(article);
        var spans = new List<TextSpan>();
        foreach (var body in article.BodySpans) Splitter.Split(article.Text, body, spans);
        var result = new List<Sentence>(spans.Count);
        cut = 0;
        foreach (var s in spans)
        {
            if (Options.MaxSentenceChars > 0 && s.Length > Options.MaxSentenceChars) cut++;
            if (Options.MaxSentenceChars <= 0 || s.Length <= Options.MaxSentenceChars)
            {
                result.Add(new Sentence(article.Id, result.Count, s, s.Of(article.Text)));
                continue;
            }
            foreach (var piece in SentenceLimits.Cut(article.Text, s, Options.MaxSentenceChars))
                result.Add(new Sentence(article.Id, result.Count, piece, piece.Of(article.Text)));
        }
        return result;
    }

    /// <summary>Extracts the claims of one article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Its sentences and claims, with a notice when over-long sentences were broken.</returns>
    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = Segment(article, out int cut);
        var claims = Extractor.Extract(article, sentences);
        var notices = cut == 0
            ? ImmutableArray<string>.Empty
            : ImmutableArray.Create($"{cut} sentence{(cut == 1 ? "" : "s")} longer than {Options.MaxSentenceChars} characters broken into pieces (MaxSentenceChars = {Options.MaxSentenceChars})");
        return new ArticleAnalysis(article, sentences, claims) { Notices = notices };
    }

    /// <summary>Cross-checks a set of articles.</summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <param name="progress">Receives progress reports, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ClaimCheckException">Two articles share an id.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public CrossCheckReport Run(IEnumerable<Article> articles, IProgress<CrossCheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        var analyses = new ArticleAnalysis[list.Count];
        long done = 0;
        Parallel.For(0, list.Count, ParallelOptions(cancellationToken), i =>
        {
            analyses[i] = Analyze(list[i]);
            var d = Interlocked.Increment(ref done);
            progress?.Report(new CrossCheckProgress(CrossCheckStage.Extracting, d, list.Count));
        });
        return Assemble(analyses, progress, cancellationToken);
    }

    /// <summary>Cross-checks a stream of articles, extracting claims as articles arrive.</summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <param name="progress">Receives progress reports, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ClaimCheckException">Two articles share an id.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<CrossCheckReport> RunAsync(IAsyncEnumerable<Article> articles, IProgress<CrossCheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var bag = new ConcurrentBag<ArticleAnalysis>();
        long done = 0;
        await Parallel.ForEachAsync(articles, ParallelOptions(cancellationToken), (article, ct) =>
        {
            ct.ThrowIfCancellationRequested();
            bag.Add(Analyze(article));
            var d = Interlocked.Increment(ref done);
            progress?.Report(new CrossCheckProgress(CrossCheckStage.Extracting, d, -1));
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        return Assemble(bag.ToArray(), progress, cancellationToken);
    }

    /// <summary>Compares two statements without a corpus, with the same engine the cross-check uses.</summary>
    /// <param name="a">The first statement (one or more sentences).</param>
    /// <param name="b">The second statement.</param>
    /// <returns>The verdict, score and explanation.</returns>
    public ClaimComparison Compare(string a, string b) => PairComparison.Compare(this, a, b);

    private ParallelOptions ParallelOptions(CancellationToken ct) => new()
    {
        CancellationToken = ct,
        MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism > 0 ? Options.MaxDegreeOfParallelism : Environment.ProcessorCount,
    };

    private CrossCheckReport Assemble(ArticleAnalysis[] analyses, IProgress<CrossCheckProgress>? progress, CancellationToken ct)
    {
        Array.Sort(analyses, (x, y) => string.CompareOrdinal(x.Article.Id, y.Article.Id));
        for (int i = 1; i < analyses.Length; i++)
        {
            if (analyses[i].Article.Id == analyses[i - 1].Article.Id)
                throw new ClaimCheckException(analyses[i].Article.Id, "two articles share this id; give each article a distinct id");
        }
        var claims = analyses.SelectMany(a => a.Claims).ToImmutableArray();
        var pairs = Options.Exhaustive ? ExhaustiveBlocker.Instance.FindCandidates(claims) : Blocker.FindCandidates(claims);
        var comparer = Comparer is ICorpusAwareComparer aware ? aware.ForCorpus(claims) : Comparer;
        // unrelated pairs make no finding: only the others are kept, so memory follows the links, not the candidates
        var results = new ClaimComparison?[pairs.Count];
        long done = 0;
        Parallel.For(0, pairs.Count, ParallelOptions(ct), i =>
        {
            var p = pairs[i];
            var r = comparer.Compare(claims[p.Left], claims[p.Right]);
            // an edge contributes its verdict and confidence; only the edges that become findings need their explanation
            // and slots (a claim keeps at most MaxLinksPerClaim pair links), and the assembler computes those again
            results[i] = r.Verdict == PairVerdict.Unrelated ? null : r with { Slots = ImmutableArray<SlotComparison>.Empty, Explanation = string.Empty };
            var d = Interlocked.Increment(ref done);
            if ((d & 1023) == 0) progress?.Report(new CrossCheckProgress(CrossCheckStage.Comparing, d, pairs.Count));
        });
        ct.ThrowIfCancellationRequested();
        progress?.Report(new CrossCheckProgress(CrossCheckStage.Reporting, 0, 1));
        var linkedPairs = new List<CandidatePair>();
        var linkedResults = new List<ClaimComparison>();
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i] is not { } r) continue;
            linkedPairs.Add(pairs[i]);
            linkedResults.Add(r);
        }
        results = null!;
        var notices = new List<string>();
        var findings = FindingAssembler.Assemble(claims, linkedPairs, linkedResults, (a, b) => comparer.Compare(claims[a], claims[b]),
            Options.MaxLinksPerClaim, notices);
        var sources = analyses.Select(a => new SourceSummary(
            a.Article.Id, a.Article.Title, a.Article.Published, a.Article.Outlet ?? a.Article.Byline,
            a.Sentences.Count, a.Claims.Count, a.Article.Text, a.Article.Notices.AddRange(a.Notices))).ToImmutableArray();
        progress?.Report(new CrossCheckProgress(CrossCheckStage.Reporting, 1, 1));
        return new CrossCheckReport(sources, claims, findings) { CandidatePairs = pairs.Count, Notices = notices.ToImmutableArray() };
    }
}

/// <summary>One article with its sentences and claims.</summary>
/// <param name="Article">The article.</param>
/// <param name="Sentences">Its body sentences.</param>
/// <param name="Claims">Its claims.</param>
public sealed record ArticleAnalysis(Article Article, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Claim> Claims)
{
    /// <summary>What analysis changed or cut (over-long sentences broken), in addition to the article's own <see cref="Article.Notices"/>.</summary>
    public ImmutableArray<string> Notices { get; init; } = ImmutableArray<string>.Empty;
}
