using ClaimCheck.Alignment;
using ClaimCheck.Comparison;
using ClaimCheck.Extraction;
using ClaimCheck.Normalization;
using ClaimCheck.Segmentation;

namespace ClaimCheck;

/// <summary>Configures a <see cref="CrossCheckPipeline"/>: tables, components and limits.</summary>
/// <remarks>Mutable and not thread-safe; <see cref="Build"/> freezes it into an immutable pipeline.</remarks>
public sealed class CrossCheckPipelineBuilder
{
    private Knowledge _knowledge = Knowledge.BuiltIn;
    private CrossCheckOptions _options = CrossCheckOptions.Default;
    private ISentenceSplitter? _splitter;
    private Func<Knowledge, IClaimExtractor>? _extractor;
    private ICandidateBlocker? _blocker;
    private Func<Knowledge, IClaimComparer>? _comparer;

    /// <summary>Sets limits and switches.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseOptions(CrossCheckOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Replaces all tables (aliases and lexicon).</summary>
    /// <param name="knowledge">The tables.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseKnowledge(Knowledge knowledge)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        return this;
    }

    /// <summary>Adds the caller's actor and place aliases to the current tables (the caller's entries win on the same id).</summary>
    /// <param name="aliases">The caller's table, e.g. from <see cref="AliasTable.FromJson"/>.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseAliases(AliasTable aliases)
    {
        _knowledge = _knowledge.WithAliases(aliases ?? throw new ArgumentNullException(nameof(aliases)));
        return this;
    }

    /// <summary>Adds the caller's lexicon entries (predicates, concepts, negation and stance cues) to the current lexicon.</summary>
    /// <param name="lexicon">The caller's entries, e.g. from <see cref="Lexicon.FromJson"/>.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseLexicon(Lexicon lexicon)
    {
        _knowledge = _knowledge.WithLexicon(lexicon ?? throw new ArgumentNullException(nameof(lexicon)));
        return this;
    }

    /// <summary>Replaces the sentence splitter.</summary>
    /// <param name="splitter">The splitter.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseSplitter(ISentenceSplitter splitter)
    {
        _splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));
        return this;
    }

    /// <summary>Replaces the claim extractor.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseExtractor(IClaimExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = _ => extractor;
        return this;
    }

    /// <summary>Replaces the candidate blocker.</summary>
    /// <param name="blocker">The blocker.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseBlocker(ICandidateBlocker blocker)
    {
        _blocker = blocker ?? throw new ArgumentNullException(nameof(blocker));
        return this;
    }

    /// <summary>Replaces the claim comparer.</summary>
    /// <param name="comparer">The comparer.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseComparer(IClaimComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        _comparer = _ => comparer;
        return this;
    }

    /// <summary>Replaces the claim comparer with one built from the pipeline's final tables.</summary>
    /// <param name="factory">Creates the comparer from the tables.</param>
    /// <returns>This builder.</returns>
    public CrossCheckPipelineBuilder UseComparer(Func<Knowledge, IClaimComparer> factory)
    {
        _comparer = factory ?? throw new ArgumentNullException(nameof(factory));
        return this;
    }

    /// <summary>Freezes the configuration into an immutable, thread-safe pipeline.</summary>
    /// <returns>The pipeline.</returns>
    public CrossCheckPipeline Build()
    {
        var k = _knowledge;
        return new CrossCheckPipeline(
            _options,
            k,
            _splitter ?? RuleBasedSentenceSplitter.Instance,
            _extractor?.Invoke(k) ?? new ClaimExtractor(k),
            _blocker ?? KeyBlocker.Instance,
            _comparer?.Invoke(k) ?? new SlotComparer(k));
    }
}
