using System.Collections.Immutable;
using ClaimCheck.Extraction;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Normalization;

/// <summary>The word knowledge the extractor and comparer use: predicate classes, concept synonyms, negation, stance and speech cues.</summary>
/// <remarks>
/// Immutable and thread-safe. Loaded from JSON (see <c>Resources/lexicon.json</c> for the shape and the
/// built-in entries); every key and phrase is written as lemmas. Merging adds the other lexicon's entries,
/// which win where both map the same phrase.
/// </remarks>
public sealed class Lexicon
{
    private readonly PhraseIndex<string> _predicates = new();
    private readonly PhraseIndex<string> _concepts = new();
    private readonly PhraseIndex<string> _negativeSynonyms = new();
    private readonly PhraseIndex<Modality> _modality = new();
    private readonly PhraseIndex<bool> _speech = new();
    private readonly PhraseIndex<bool> _negativePhrases = new();

    /// <summary>A lexicon with no entries.</summary>
    public static Lexicon Empty { get; } = new(new JObject());

    private Lexicon(JObject root, string? name = null)
    {
        Root = root;
        var predicates = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, words) in Groups(root, "predicates", name))
            foreach (var w in words.Prepend(key)) { _predicates.Add(w, key, byLemma: true); predicates[Lemmatize(w)] = key; }
        Predicates = predicates.ToImmutable();
        PredicateKeys = new HashSet<string>(Predicates.Values, StringComparer.Ordinal);
        foreach (var (key, words) in Groups(root, "concepts", name))
            foreach (var w in words.Prepend(key)) _concepts.Add(w, key, byLemma: true);
        if (root["negativeSynonyms"] is JObject neg)
            foreach (var p in neg.Properties())
                if (p.Value.Type == JTokenType.String) _negativeSynonyms.Add(p.Name, (string)p.Value!, byLemma: true);
        foreach (var (key, words) in Groups(root, "modality", name, lemmatizeKeys: false))
        {
            if (!Enum.TryParse<Modality>(key, true, out var m))
                throw new ConfigurationDataException(name ?? "lexicon", $"modality: unknown stance '{key}'");
            foreach (var w in words) _modality.Add(w, m, byLemma: true);
        }
        foreach (var w in List(root, "speechVerbs")) _speech.Add(w, true, byLemma: true);
        foreach (var w in List(root, "negativePhrases")) _negativePhrases.Add(w, true, byLemma: true);
        Negators = List(root, "negators").Select(Tokenizer.Fold).ToImmutableHashSet(StringComparer.Ordinal);
        Stopwords = List(root, "stopwords").Select(Tokenizer.Fold).ToImmutableHashSet(StringComparer.Ordinal);
        Hedges = List(root, "hedges").Select(Lemmatize).ToImmutableHashSet(StringComparer.Ordinal);
        Denials = List(root, "denials").Select(Lemmatize).ToImmutableHashSet(StringComparer.Ordinal);
        NegatorSet = new HashSet<string>(Negators, StringComparer.Ordinal);
        StopwordSet = new HashSet<string>(Stopwords, StringComparer.Ordinal);
        NegatorIds = new IdSet(Negators);
        StopwordIds = new IdSet(Stopwords);
        var ant = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (root["antonyms"] is JArray pairs)
        {
            foreach (var pair in pairs.OfType<JArray>())
            {
                if (pair.Count != 2 || pair[0].Type != JTokenType.String || pair[1].Type != JTokenType.String) continue;
                string a = Lemmatize((string)pair[0]!), b = Lemmatize((string)pair[1]!);
                (ant.TryGetValue(a, out var sa) ? sa : ant[a] = new HashSet<string>(StringComparer.Ordinal)).Add(b);
                (ant.TryGetValue(b, out var sb) ? sb : ant[b] = new HashSet<string>(StringComparer.Ordinal)).Add(a);
            }
        }
        Antonyms = ant.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    internal JObject Root { get; }

    /// <summary>Lemma → predicate key.</summary>
    public ImmutableDictionary<string, string> Predicates { get; }

    /// <summary>The predicate keys (the values of <see cref="Predicates"/>), for constant-time membership.</summary>
    internal HashSet<string> PredicateKeys { get; }

    /// <summary><see cref="Negators"/> as a hash set, for fast lookups on hot paths.</summary>
    internal HashSet<string> NegatorSet { get; }

    /// <summary><see cref="Stopwords"/> as a hash set, for fast lookups on hot paths.</summary>
    internal HashSet<string> StopwordSet { get; }

    /// <summary><see cref="Negators"/> as vocabulary ids, for token lookups (<see cref="Token.LowerId"/>).</summary>
    internal IdSet NegatorIds { get; }

    /// <summary><see cref="Stopwords"/> as vocabulary ids, for token lookups (<see cref="Token.LowerId"/>, <see cref="Token.LemmaId"/>).</summary>
    internal IdSet StopwordIds { get; }

    /// <summary>Words that negate what follows ("not", "never", "without").</summary>
    public ImmutableHashSet<string> Negators { get; }

    /// <summary>Words that carry no content for alignment.</summary>
    public ImmutableHashSet<string> Stopwords { get; }

    /// <summary>Lemmas that report rather than assert ("reportedly", "claims", "may").</summary>
    public ImmutableHashSet<string> Hedges { get; }

    /// <summary>Lemmas that deny or debunk ("deny", "hoax", "false").</summary>
    public ImmutableHashSet<string> Denials { get; }

    /// <summary>Lemma → lemmas of opposite meaning.</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> Antonyms { get; }

    internal PhraseIndex<string> PredicatePhrases => _predicates;
    internal PhraseIndex<string> ConceptPhrases => _concepts;
    internal PhraseIndex<string> NegativeSynonyms => _negativeSynonyms;
    internal PhraseIndex<Modality> ModalityPhrases => _modality;
    internal PhraseIndex<bool> SpeechPhrases => _speech;
    internal PhraseIndex<bool> NegativePhrases => _negativePhrases;

    /// <summary>Whether two lemmas are listed as opposites.</summary>
    /// <param name="a">A lemma.</param>
    /// <param name="b">Another lemma.</param>
    /// <returns><c>true</c> when opposite.</returns>
    public bool AreAntonyms(string a, string b) => Antonyms.TryGetValue(a, out var set) && set.Contains(b);

    /// <summary>Reads a lexicon from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for error messages (a file name).</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ConfigurationDataException">The JSON is malformed or a section has the wrong shape.</exception>
    public static Lexicon FromJson(string json, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try { return new Lexicon(KnowledgeJson.Parse(json), name); }
        catch (JsonException e) { throw new ConfigurationDataException(name ?? "lexicon", e.Message, e); }
    }

    /// <summary>Returns a lexicon with this lexicon's entries plus <paramref name="other"/>'s.</summary>
    /// <param name="other">The lexicon to add.</param>
    /// <returns>The merged lexicon.</returns>
    public Lexicon Merge(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = (JObject)Root.DeepClone();
        merged.Merge(other.Root, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Union, MergeNullValueHandling = MergeNullValueHandling.Ignore });
        return new Lexicon(merged);
    }

    private static string Lemmatize(string phrase)
    {
        var t = Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length));
        return string.Join(' ', t.Select(x => x.Lemma));
    }

    private static IEnumerable<string> List(JObject root, string property) =>
        root[property] is JArray a ? a.Where(x => x.Type == JTokenType.String).Select(x => (string)x!) : Enumerable.Empty<string>();

    private static IEnumerable<(string Key, IEnumerable<string> Words)> Groups(JObject root, string property, string? name, bool lemmatizeKeys = true)
    {
        if (root[property] is null) yield break;
        if (root[property] is not JObject o) throw new ConfigurationDataException(name ?? "lexicon", $"'{property}' must be an object of arrays");
        foreach (var p in o.Properties())
        {
            if (p.Value is not JArray a) throw new ConfigurationDataException(name ?? "lexicon", $"{property}.{p.Name} must be an array of strings");
            yield return (lemmatizeKeys ? Lemmatize(p.Name) : p.Name, a.Where(x => x.Type == JTokenType.String).Select(x => (string)x!).ToList());
        }
    }
}
