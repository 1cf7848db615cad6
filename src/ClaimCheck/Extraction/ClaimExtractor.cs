using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Collections.Immutable;
using ClaimCheck.Articles;
using ClaimCheck.Normalization;
using ClaimCheck.Segmentation;

namespace ClaimCheck.Extraction;

/// <summary>The default extractor: splits sentences into claims and fills their slots from the built-in or caller's tables.</summary>
/// <remarks>
/// Thread-safe (per-article state lives in locals) and never throws on odd text. Per sentence it runs, in
/// order: tokenizer → actor/place finder (alias table, titles, surname memory) → quantity and time scanners
/// → clause splitter (attribution frames, coordination, lead-ins) → enumeration and role splitter → stance
/// analyser → predicate and content keys.
/// </remarks>
public sealed class ClaimExtractor : IClaimExtractor
{
    private static readonly IdSet RoleWords = new(new[]
    {
        "head", "ceo", "chief", "executive", "director", "chairman", "chairwoman", "envoy", "adviser", "advisor", "aide", "minister",
        "secretary", "spokesperson", "spokesman", "spokeswoman", "owner", "founder", "leader", "president", "ambassador", "commander",
        "governor", "mayor", "chancellor", "premier", "boss", "member", "representative",
    });

    private static readonly IdSet HeadRoles = new(new[]
    {
        "head", "ceo", "chief", "executive", "director", "chairman", "chairwoman", "leader", "boss", "president", "commander",
    });

    private static readonly IdSet LeadVerbs = new(new[] { "led", "headed", "chaired" });

    private static readonly IdSet LedNouns = new(new[]
    {
        "delegation", "team", "group", "talks", "meeting", "mission", "government", "side", "committee", "panel", "negotiations", "summit",
    });

    [ThreadStatic] private static ArticleState? _state;

    /// <summary>Creates an extractor over the given tables.</summary>
    /// <param name="knowledge">Alias tables and lexicon.</param>
    public ClaimExtractor(Knowledge knowledge)
    {
        Knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
    }

    /// <summary>The tables the extractor uses.</summary>
    public Knowledge Knowledge { get; }

    /// <inheritdoc />
    public IReadOnlyList<Claim> Extract(Article article, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        // one article state per thread and extractor, reset per article: its lists and tables keep their capacity
        var state = _state;
        if (state is null || state.Knowledge != Knowledge) _state = state = new ArticleState(Knowledge);
        state.Reset(article);
        try
        {
            foreach (var s in sentences)
            {
                try { ExtractSentence(state, s); }
                catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException or OverflowException)
                {
                    // A bug on odd text must not lose the article: keep the sentence as a plain claim.
                    state.Add(new Draft(s.Index, s.Span) { Keys = ImmutableArray<string>.Empty });
                }
            }
            return state.Finish();
        }
        finally
        {
            state.Release();
        }
    }

    private void ExtractSentence(ArticleState st, Sentence sentence)
    {
        string text = st.Article.Text;
        // the token arrays live only while this sentence is extracted: per-thread arrays, not new ones
        var tokens = Tokenizer.Tokenize(text, sentence.Span, pooled: true);
        if (!IsClaimSentence(tokens)) return;
        // the sentence's mentions live in the article state's lists, refilled per sentence: drafts copy what they keep
        var ctx = st.Sentence;
        ctx.Reset(text, tokens);
        var (actors, places, quantities, times) = (ctx.Actors, ctx.Places, ctx.Quantities, ctx.Times);
        st.Mentions.Find(text, tokens, actors, places);
        // the quantity and time scanners read the same number tokens, and only where a quantity or date can be
        if (MayHoldQuantityOrDate(tokens))
        {
            var numberTokens = st.NumberTokens;
            numberTokens.Clear();
            NumberTokenizer.Tokenize(text, sentence.Span, numberTokens, tokens);
            var numbers = SentenceArrays<NumberToken>.Copy(numberTokens);
            QuantityScanner.Scan(text, numbers, quantities);
            TimeScanner.Scan(text, numbers, st.Article.Published, times);
        }
        var lexicon = Knowledge.Lexicon;

        var clauses = st.Clauses;
        clauses.Clear();
        ClauseSplitter.Split(text, tokens, lexicon, clauses);
        Draft? previous = null;
        Attribution? previousSpeaker = null;
        foreach (var clause in clauses)
        {
            var (from, to) = Trim(tokens, clause.From, clause.To);
            if (to - from < 2 || CountWords(tokens, from, to) < 2) continue;
            var attribution = clause.Speaker is { } sp ? ResolveSpeaker(st, ctx, sp.From, sp.To, previousSpeaker) ?? previousSpeaker : null;
            if (clause.Speaker is null && previousSpeaker is not null && clause.InheritsSubject) attribution = previousSpeaker;
            previousSpeaker = attribution ?? previousSpeaker;

            // Enumeration: "four main agreements, including a, b, c and d"
            int including = FindEnumeration(tokens, ctx.Quantities, from, to);
            if (including > 0)
            {
                var (hf, ht) = Trim(tokens, from, including);
                var head = BuildDraft(st, ctx, sentence, hf, ht, attribution, clause, previous, ClaimKind.Enumeration);
                int parent = st.Add(head);
                st.OpenEnumeration = (parent, head.Counted);
                foreach (var (itemFrom, itemTo) in SplitItems(tokens, including + 1, to))
                {
                    var item = BuildDraft(st, ctx, sentence, itemFrom, itemTo, attribution, clause with { InheritsSubject = true }, head, ClaimKind.Item);
                    st.AddItem(parent, item);
                }
                previous = head;
                continue;
            }

            var kind = ClaimKind.Statement;
            var draft = BuildDraft(st, ctx, sentence, from, to, attribution, clause, previous, kind);
            Quantity? count = null;
            foreach (var q in draft.Quantities)
                if (q.Kind == QuantityKind.Count && q.Counted is not null && !IsReference(text, q)) { count = q; break; }
            if (count is not null && count.Value.IsPoint && count.Value.Min is >= 2 and <= 12)
            {
                int idx = st.Add(draft with { Kind = ClaimKind.Enumeration });
                st.OpenEnumeration = (idx, count.Counted);
            }
            else if (st.OpenEnumeration is { } open && st.LastSentence >= sentence.Index - 1
                     && ContinuesList(draft.Quantities, open.Counted, tokens, from))
            {
                st.AddItem(open.Index, draft with { Kind = ClaimKind.Item });
            }
            else
            {
                st.Add(draft);
            }
            previous = draft;
        }

        var roles = st.RoleSpans;
        roles.Clear();
        FindRoleClaims(tokens, actors, roles);
        foreach (var (rf, rt, isHead) in roles)
        {
            var role = BuildDraft(st, ctx, sentence, rf, rt, null, new Clause(rf, rt, null, false), null, ClaimKind.Statement);
            st.Add(role with { Predicate = isHead ? "lead" : "role" });
        }
        st.LastSentence = sentence.Index;
        foreach (var a in actors) if (a.Kind == ActorKind.Person) st.LastPerson = a;
    }

    /// <summary>Whether the sentence has a number token or a word every quantity or date needs (<see cref="NumberWords.PayloadWords"/>).</summary>
    internal static bool MayHoldQuantityOrDate(Token[] tokens)
    {
        foreach (ref readonly var t in tokens.AsSpan())
            if (t.Kind == TokenKind.Number || t.LowerId < 0 || (NumberWords.StartFlagsOf(t.LowerId) & NumberWords.Payload) != 0) return true;
        return false;
    }

    /// <summary>Whether a clause with an ordinal continues the open enumeration of <paramref name="counted"/> things.</summary>
    private static bool ContinuesList(ImmutableArray<Quantity> quantities, string? counted, Token[] tokens, int from)
    {
        foreach (var q in quantities)
            if (q.Kind == QuantityKind.Ordinal && (q.Counted is null || q.Counted == counted || StartsWithOrdinal(tokens, from))) return true;
        return false;
    }

    /// <summary>"the second calls for …": an elliptical ordinal that continues a list ("the second [stage]").</summary>
    private static bool StartsWithOrdinal(Token[] tokens, int from) =>
        from + 1 < tokens.Length && tokens[from].Lower is "the" or "a" && tokens[from + 1].Lower is "first" or "second" or "third" or "fourth" or "fifth" or "sixth" or "final" or "last";

    private static bool IsClaimSentence(Token[] tokens)
    {
        if (tokens.Length == 0) return false;
        int words = 0;
        for (int i = 0; i < tokens.Length && words < 4; i++) if (tokens[i].Kind != TokenKind.Punct) words++;
        if (words < 4) return false;
        var last = tokens[^1];
        if (last.IsPunct('?')) return false;
        if (tokens[0].Is("photo") || tokens[0].Is("image") || tokens[0].Is("credit")) return false;
        return true;
    }

    private static int CountWords(Token[] tokens, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++) if (tokens[i].Kind != TokenKind.Punct) n++;
        return n;
    }

    private static (int From, int To) Trim(Token[] tokens, int from, int to)
    {
        while (from < to && ((tokens[from].Kind == TokenKind.Punct && !ClauseSplitter.IsQuote(tokens[from]) && tokens[from].Lower != "(")
                             || tokens[from].Lower is "and" or "but" or "or" or "so"))
            from++;
        while (to > from && tokens[to - 1].Kind == TokenKind.Punct && tokens[to - 1].Lower is "," or ";" or ":" or "." or "-" or "—" or "–")
            to--;
        return (from, to);
    }

    private Attribution? ResolveSpeaker(ArticleState st, SentenceContext ctx, int from, int to, Attribution? previousSpeaker)
    {
        if (to <= from || from >= ctx.Tokens.Length) return null;
        to = Math.Min(to, ctx.Tokens.Length);
        var span = TextSpan.FromBounds(ctx.Tokens[from].Start, ctx.Tokens[to - 1].End);
        ActorMention? best = null;
        foreach (var a in ctx.Actors)
        {
            if (!span.Contains(a.Span)) continue;
            if (best is null || (a.Kind == ActorKind.Person && best.Kind != ActorKind.Person)) best = a;
            if (a.Kind == ActorKind.Person) break;
        }
        if (best is not null) return new Attribution(best.Id, best.Text, best.Span);
        for (int i = from; i < to; i++)
        {
            if (ctx.Tokens[i].Lower is not ("he" or "she")) continue;
            // "he": the speaker of the previous clause, else the last person named before it, in this sentence or earlier
            string? id = previousSpeaker is { } ps && ps.Id.StartsWith("person:", StringComparison.Ordinal) ? ps.Id
                : LastPersonBefore(ctx.Actors, ctx.Tokens[i].Start)?.Id ?? st.LastPerson?.Id;
            if (id is not null) return new Attribution(id, ctx.Tokens[i].Span.Of(ctx.Text), ctx.Tokens[i].Span);
        }
        // an unnamed speaker ("a Russian diplomat", "officials on both sides"): keep its text as id
        int s = from;
        while (s < to && ctx.Tokens[s].Lower is "the" or "a" or "an") s++;
        if (s >= to) return null;
        var ns = TextSpan.FromBounds(ctx.Tokens[s].Start, ctx.Tokens[to - 1].End);
        var speakerText = ns.Of(ctx.Text);
        return new Attribution("speaker:" + string.Join('-', ctx.Tokens[s..to].Where(t => t.IsWord).Select(t => t.Lemma)), speakerText, ns);
    }

    private static ActorMention? LastPersonBefore(List<ActorMention> actors, int offset)
    {
        for (int k = actors.Count - 1; k >= 0; k--)
            if (actors[k].Kind == ActorKind.Person && actors[k].Span.End <= offset) return actors[k];
        return null;
    }

    private Draft BuildDraft(ArticleState st, SentenceContext ctx, Sentence sentence, int from, int to, Attribution? attribution, Clause clause, Draft? previous, ClaimKind kind)
    {
        var tokens = ctx.Tokens;
        var span = TextSpan.FromBounds(tokens[from].Start, tokens[to - 1].End);
        var lexicon = Knowledge.Lexicon;

        // predicate: the first lexicon predicate that is not inside a name
        string? predicate = null;
        TextSpan? predicateSpan = null;
        int predicateAt = -1;
        for (int i = from; i < to && predicate is null; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Capitalized && i != from) continue;
            // the lexicon first: most words start no predicate, and then the mentions need no look
            if (lexicon.PredicatePhrases.TryMatch(ctx.Text, tokens, i, true, out int len, out var key) && !InsideAny(tokens[i].Span, ctx.Actors))
            {
                // a control verb hands the predicate to its complement: "agreed to establish" → establish
                int next = i + len;
                if (next + 1 < to && tokens[next].Is("to") && key is "agree" or "decide" or "propose" or "demand"
                    && lexicon.PredicatePhrases.TryMatch(ctx.Text, tokens, next + 1, true, out int len2, out var key2))
                {
                    i = next + 1;
                    len = len2;
                    key = key2;
                }
                predicate = key;
                predicateSpan = TextSpan.FromBounds(tokens[i].Start, tokens[i + len - 1].End);
                predicateAt = tokens[i].Start;
            }
        }
        if (predicate is null && lexicon.NegativeSynonyms is { } neg)
        {
            for (int i = from; i < to && predicate is null; i++)
                if (neg.TryMatch(ctx.Text, tokens, i, true, out int len, out var key))
                {
                    predicate = key;
                    predicateSpan = TextSpan.FromBounds(tokens[i].Start, tokens[i + len - 1].End);
                    predicateAt = tokens[i].Start;
                }
        }

        var (actors, places, quantities, times, keys) = st.Draft.Reset();
        foreach (var a in ctx.Actors)
        {
            if (!span.Contains(a.Span)) continue;
            if (attribution is not null && a.Span == attribution.Span) continue;
            var role = predicateAt < 0 ? ActorRole.Mentioned : a.Span.Start < predicateAt ? ActorRole.Agent : ActorRole.Patient;
            actors.Add(WithRole(a, role));
        }
        if (clause.InheritsSubject && previous is not null)
        {
            // "he"/"they"/no subject borrow the previous subject; "this"/"it" point at the previous clause as a whole
            bool demonstrative = tokens[from].Lower is "this" or "it" or "that" or "which";
            foreach (var a in previous.Actors)
                if (a.Role != ActorRole.Speaker && (demonstrative || a.Role != ActorRole.Patient) && !ContainsActor(actors, a.Id))
                    actors.Add(demonstrative ? a : WithRole(a, ActorRole.Agent));
            // a pronoun subject ("this would probably not take place") refers to the previous clause's event
            if (tokens[from].Lower is "this" or "it" or "that" or "which")
                foreach (var k in previous.Keys)
                    if (!k.StartsWith('~') && lexicon.PredicateKeys.Contains(k)) keys.Add("~" + k);
        }
        if (attribution is not null && kind != ClaimKind.Item)
        {
            // the speaker also counts as an actor of the claim for alignment, but with the Speaker role
            ActorMention? sp = null;
            foreach (var a in ctx.Actors) if (a.Span == attribution.Span) { sp = a; break; }
            if (sp is not null) actors.Add(WithRole(sp, ActorRole.Speaker));
        }
        foreach (var p in ctx.Places) if (span.Contains(p.Span)) places.Add(p);
        foreach (var q in ctx.Quantities) if (span.Contains(q.Span)) quantities.Add(q);
        foreach (var t in ctx.Times) if (span.Contains(t.Span)) times.Add(t);
        var (polarity, modality) = StanceAnalyzer.Analyze(ctx.Text, tokens, from, to, lexicon);
        if (clause.Negated) polarity = polarity == Polarity.Affirmed ? Polarity.Negated : Polarity.Affirmed;
        (polarity, modality) = StanceAnalyzer.Normalize(polarity, modality);

        ContentKeys.Collect(ctx.Text, tokens, from, to, lexicon, actors, places, quantities, keys);
        if (polarity == Polarity.Negated)
        {
            // a denied event is a fact of its own: "not invited", "neither … taking part", "without … present"
            int n = keys.Count;
            for (int i = 0; i < n; i++)
                if (!keys[i].StartsWith('~') && lexicon.PredicateKeys.Contains(keys[i])) keys.Add("not:" + keys[i]);
        }
        actors.Sort((x, y) => x.Span.CompareTo(y.Span));
        return new Draft(sentence.Index, span)
        {
            Kind = kind,
            Predicate = predicate,
            PredicateSpan = predicateSpan,
            Actors = Immutable(actors),
            Places = Immutable(places),
            Quantities = Immutable(quantities),
            Times = Immutable(times),
            Polarity = polarity,
            Modality = modality,
            Attribution = attribution,
            Keys = DistinctKeys(keys),
        };
    }

    /// <summary>The mention in <paramref name="role"/>: itself when it has that role already (mentions are immutable).</summary>
    private static ActorMention WithRole(ActorMention a, ActorRole role) => a.Role == role ? a : a with { Role = role };

    private static ImmutableArray<T> Immutable<T>(List<T> items) =>
        items.Count == 0 ? ImmutableArray<T>.Empty : ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(items));

    /// <summary>The keys without repeats, first occurrence first (as <c>Distinct</c> keeps them).</summary>
    internal static ImmutableArray<string> DistinctKeys(List<string> keys)
    {
        if (keys.Count == 0) return ImmutableArray<string>.Empty;
        var all = CollectionsMarshal.AsSpan(keys);
        Span<int> kept = all.Length <= 128 ? stackalloc int[all.Length] : new int[all.Length];
        // A 64-bit filter on length and end characters: a key whose bit is not yet set is new without a comparison, so
        // the usual all-distinct list costs one pass; only filter hits are compared with the keys kept so far.
        ulong seenBits = 0;
        int n = 0;
        for (int k = 0; k < all.Length; k++)
        {
            var key = all[k];
            ulong bit = 1UL << (key.Length == 0 ? 0 : (int)((uint)(key.Length * 7 + key[0] * 31 + key[^1]) & 63));
            bool seen = false;
            if ((seenBits & bit) != 0)
                for (int j = 0; j < n && !seen; j++) seen = SameKey(all[kept[j]], key);
            seenBits |= bit;
            if (!seen) kept[n++] = k;
        }
        if (n == all.Length) return ImmutableArray.Create<string>(all);
        var result = new string[n];
        for (int j = 0; j < n; j++) result[j] = all[kept[j]];
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>"<paramref name="articleId"/>:<paramref name="n"/>", the number with at least three digits ("a:007").</summary>
    internal static string ClaimId(string articleId, int n)
    {
        int digits = 3;
        for (int v = n / 1000; v > 0; v /= 10) digits++;
        return string.Create(articleId.Length + 1 + digits, (articleId, n), static (span, st) =>
        {
            st.articleId.AsSpan().CopyTo(span);
            span[st.articleId.Length] = ':';
            int v = st.n;
            for (int k = span.Length - 1; k > st.articleId.Length; k--, v /= 10) span[k] = (char)('0' + v % 10);
        });
    }

    /// <summary>Ordinal equality, inlined: most keys are interned (the same instance) or differ in length, and only the
    /// rest are compared character by character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameKey(string a, string b) =>
        ReferenceEquals(a, b) || (a.Length == b.Length && a.AsSpan().SequenceEqual(b));

    private static bool ContainsActor(List<ActorMention> actors, string id)
    {
        foreach (var x in actors) if (x.Id == id) return true;
        return false;
    }

    private static bool InsideAny(TextSpan span, List<ActorMention> actors)
    {
        foreach (var a in actors) if (a.Span.Contains(span)) return true;
        return false;
    }

    /// <summary>Finds "including" or a colon after a count quantity: the start of an enumerated list.</summary>
    private static int FindEnumeration(Token[] tokens, List<Quantity> quantities, int from, int to)
    {
        foreach (var q in quantities)
        {
            if (q.Kind != QuantityKind.Count || q.Counted is null || IsReference(tokens, q)) continue;
            if (q.Span.Start < tokens[from].Start || q.Span.End > tokens[to - 1].End) continue;
            for (int i = from; i < to - 2; i++)
            {
                if (tokens[i].Start < q.Span.End) continue;
                if (tokens[i].Is("including") || tokens[i].IsPunct(':') || (tokens[i].Is("such") && tokens[i + 1].Is("as")))
                    return tokens[i].Is("such") ? i + 1 : i;
                if (tokens[i].Start - q.Span.End > 40) break;
            }
        }
        return -1;
    }

    /// <summary>"the two sides", "both delegations": a reference to things already known, not a count claim.</summary>
    internal static bool IsReference(string text, Quantity q)
    {
        int i = q.Span.Start;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        int j = i;
        while (j > 0 && char.IsLetter(text[j - 1])) j--;
        var word = text.AsSpan(j, i - j);
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("these", StringComparison.OrdinalIgnoreCase)
            || word.Equals("those", StringComparison.OrdinalIgnoreCase) || word.Equals("both", StringComparison.OrdinalIgnoreCase)
            || word.Equals("all", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsReference(Token[] tokens, Quantity q)
    {
        for (int i = 1; i < tokens.Length; i++)
            if (tokens[i].Start >= q.Span.Start)
                return tokens[i - 1].Lower is "the" or "these" or "those" or "both" or "all" or "their";
        return false;
    }

    private static IEnumerable<(int From, int To)> SplitItems(Token[] tokens, int from, int to)
    {
        int start = from, depth = 0;
        for (int i = from; i <= to; i++)
        {
            if (i < to)
            {
                if (tokens[i].Lower is "(" or "[" or "“") depth++;
                else if (tokens[i].Lower is ")" or "]" or "”") depth = Math.Max(0, depth - 1);
            }
            if (i == to || (depth == 0 && tokens[i].IsPunct(',')))
            {
                var (f, t) = Trim(tokens, start, i);
                if (t - f >= 2) yield return (f, t);
                start = i + 1;
            }
        }
    }

    /// <summary>Appositive roles ("Kirill Dmitriev, the CEO of the RDIF") and reduced relatives ("the delegation led by Lavrov").</summary>
    private static void FindRoleClaims(Token[] tokens, List<ActorMention> actors, List<(int From, int To, bool IsHead)> output)
    {
        foreach (var person in actors)
        {
            if (person.Kind != ActorKind.Person) continue;
            int p = IndexAfter(tokens, person.Span.End);
            if (p < 0 || p >= tokens.Length || !tokens[p].IsPunct(',')) continue;
            int i = p + 1;
            if (i < tokens.Length && tokens[i].Lower is "the" or "a" or "an") i++;
            int roleAt = -1;
            for (int k = i; k < tokens.Length && k < i + 5; k++)
            {
                if (tokens[k].Kind != TokenKind.Word) break;
                if (RoleWords.Contains(tokens[k].LowerId)) { roleAt = k; break; }
            }
            if (roleAt < 0) continue;
            int end = roleAt + 1, depth = 0;
            while (end < tokens.Length && end < roleAt + 14)
            {
                ref readonly var t = ref tokens[end];
                if (t.Lower is "(") depth++;
                else if (t.Lower is ")") { depth--; if (depth < 0) break; }
                else if (depth == 0 && (t.IsPunct(',') || t.IsPunct('.') || t.IsPunct(';') || t.Lower is "and" or "who" or "which" or "said" or "described" or "expressed")) break;
                end++;
            }
            int from = IndexAt(tokens, person.Span.Start);
            if (from < 0) continue;
            output.Add((from, end, HeadRoles.Contains(tokens[roleAt].LowerId)));
        }
        for (int i = 1; i + 2 < tokens.Length; i++)
        {
            if (!LeadVerbs.Contains(tokens[i].LowerId) || !tokens[i + 1].Is("by") || !LedNouns.Contains(tokens[i - 1].LowerId)) continue;
            ActorMention? leader = null;
            foreach (var a in actors)
                if (a.Kind == ActorKind.Person && a.Span.Start >= tokens[i + 2].Start && a.Span.Start - tokens[i + 2].Start < 40) { leader = a; break; }
            if (leader is null) continue;
            int from = i - 1;
            while (from > 0 && from > i - 4 && tokens[from - 1].Kind == TokenKind.Word && !tokens[from - 1].Is("of") && !tokens[from - 1].Is("about")) from--;
            int to = IndexAfter(tokens, leader.Span.End);
            output.Add((from, to < 0 ? tokens.Length : to, true));
        }
    }

    private static int IndexAt(Token[] tokens, int offset)
    {
        for (int i = 0; i < tokens.Length; i++) if (tokens[i].Start == offset) return i;
        return -1;
    }

    private static int IndexAfter(Token[] tokens, int offset)
    {
        for (int i = 0; i < tokens.Length; i++) if (tokens[i].Start >= offset) return i;
        return tokens.Length;
    }

    /// <summary>The sentence being extracted: its tokens and mentions, in lists the article state reuses for every sentence.</summary>
    private sealed class SentenceContext
    {
        public string Text { get; private set; } = "";
        public Token[] Tokens { get; private set; } = Array.Empty<Token>();
        public List<ActorMention> Actors { get; } = new();
        public List<PlaceMention> Places { get; } = new();
        public List<Quantity> Quantities { get; } = new();
        public List<TimeExpression> Times { get; } = new();

        public void Reset(string text, Token[] tokens)
        {
            Text = text;
            Tokens = tokens;
            Actors.Clear();
            Places.Clear();
            Quantities.Clear();
            Times.Clear();
        }
    }

    /// <summary>The lists one draft is built in; the draft keeps immutable copies.</summary>
    private sealed class DraftScratch
    {
        private readonly List<ActorMention> _actors = new();
        private readonly List<PlaceMention> _places = new();
        private readonly List<Quantity> _quantities = new();
        private readonly List<TimeExpression> _times = new();
        private readonly List<string> _keys = new();

        public (List<ActorMention>, List<PlaceMention>, List<Quantity>, List<TimeExpression>, List<string>) Reset()
        {
            _actors.Clear();
            _places.Clear();
            _quantities.Clear();
            _times.Clear();
            _keys.Clear();
            return (_actors, _places, _quantities, _times, _keys);
        }
    }

    /// <summary>A claim before it has its id.</summary>
    private sealed record Draft(int SentenceIndex, TextSpan Span)
    {
        public ClaimKind Kind { get; init; } = ClaimKind.Statement;
        public string? Predicate { get; init; }
        public TextSpan? PredicateSpan { get; init; }
        public ImmutableArray<ActorMention> Actors { get; init; } = ImmutableArray<ActorMention>.Empty;
        public ImmutableArray<PlaceMention> Places { get; init; } = ImmutableArray<PlaceMention>.Empty;
        public ImmutableArray<Quantity> Quantities { get; init; } = ImmutableArray<Quantity>.Empty;
        public ImmutableArray<TimeExpression> Times { get; init; } = ImmutableArray<TimeExpression>.Empty;
        public Polarity Polarity { get; init; }
        public Modality Modality { get; init; }
        public Attribution? Attribution { get; init; }
        public ImmutableArray<string> Keys { get; init; } = ImmutableArray<string>.Empty;
        public int Parent { get; init; } = -1;
        public string? Counted
        {
            get
            {
                foreach (var q in Quantities) if (q.Kind == QuantityKind.Count && q.Counted is not null) return q.Counted;
                return null;
            }
        }
    }

    /// <summary>What the extractor remembers while it reads one article.</summary>
    private sealed class ArticleState(Knowledge knowledge)
    {
        private readonly List<Draft> _drafts = new();
        private readonly Dictionary<TextSpan, int> _firstWithSpan = new(); // keeps Add linear on articles with many claims

        public Knowledge Knowledge { get; } = knowledge;
        public Article Article { get; private set; } = null!;
        public MentionFinder Mentions { get; } = new(knowledge);
        public SentenceContext Sentence { get; } = new();
        public DraftScratch Draft { get; } = new();
        public List<Clause> Clauses { get; } = new();
        public List<NumberToken> NumberTokens { get; } = new();
        public List<(int From, int To, bool IsHead)> RoleSpans { get; } = new();
        public ActorMention? LastPerson { get; set; }
        public (int Index, string? Counted)? OpenEnumeration { get; set; }
        public int LastSentence { get; set; } = -10;

        /// <summary>Starts on <paramref name="article"/>, forgetting everything of the previous one.</summary>
        public void Reset(Article article)
        {
            Article = article;
            _drafts.Clear();
            _firstWithSpan.Clear();
            Mentions.Reset();
            LastPerson = null;
            OpenEnumeration = null;
            LastSentence = -10;
            if (_drafts.Capacity > 4096) _drafts.Capacity = 256; // do not keep one enormous article's lists alive
            if (_firstWithSpan.Count == 0 && _firstWithSpan.EnsureCapacity(0) > 4096) _firstWithSpan.TrimExcess(256);
        }

        public int Add(Draft d)
        {
            // the same span twice (a role claim that is also a clause) is one claim
            if (_firstWithSpan.TryGetValue(d.Span, out int same)) return same;
            _firstWithSpan[d.Span] = _drafts.Count;
            _drafts.Add(d);
            return _drafts.Count - 1;
        }

        /// <summary>Lets go of the article and its drafts once its claims are out, so an idle thread holds no text.</summary>
        public void Release()
        {
            Article = null!;
            _drafts.Clear();
            _firstWithSpan.Clear();
            Sentence.Reset("", Array.Empty<Token>());
        }

        public void AddItem(int parent, Draft item)
        {
            _firstWithSpan.TryAdd(item.Span, _drafts.Count);
            _drafts.Add(item with { Kind = ClaimKind.Item, Parent = parent });
        }

        /// <summary>Text order of two drafts: by start, longer span first, then order of extraction.</summary>
        private static int TextOrder(List<Draft> drafts, int a, int b)
        {
            int c = drafts[a].Span.Start.CompareTo(drafts[b].Span.Start);
            if (c == 0) c = drafts[b].Span.Length.CompareTo(drafts[a].Span.Length);
            return c != 0 ? c : a.CompareTo(b);
        }

        public IReadOnlyList<Claim> Finish()
        {
            int count = _drafts.Count;
            var drafts = _drafts;
            // claim ids follow text order: by start, longer span first, then order of extraction
            var order = new int[count];
            bool sorted = true;
            for (int n = 0; n < count; n++)
            {
                order[n] = n;
                if (n > 0 && TextOrder(drafts, n - 1, n) > 0) sorted = false;
            }
            // drafts mostly arrive in text order already
            if (!sorted) Array.Sort(order, (a, b) => TextOrder(drafts, a, b));
            var ids = new string[count];
            for (int n = 0; n < count; n++) ids[order[n]] = ClaimId(Article.Id, n);
            var claims = new List<Claim>(count);
            Dictionary<int, List<string>>? children = null;
            for (int j = 0; j < count; j++)
            {
                int parent = drafts[j].Parent;
                if (parent < 0) continue;
                children ??= new Dictionary<int, List<string>>();
                if (!children.TryGetValue(parent, out var list)) children[parent] = list = new List<string>();
                list.Add(ids[j]);
            }
            foreach (int i in order)
            {
                var d = _drafts[i];
                var items = ImmutableArray<string>.Empty;
                if (children is not null && children.TryGetValue(i, out var itemIds))
                {
                    itemIds.Sort(StringComparer.Ordinal);
                    items = itemIds.ToImmutableArray();
                }
                claims.Add(new Claim
                {
                    Id = ids[i],
                    SourceId = Article.Id,
                    SentenceIndex = d.SentenceIndex,
                    Span = d.Span,
                    Text = d.Span.Of(Article.Text),
                    Kind = d.Kind,
                    Predicate = d.Predicate,
                    PredicateSpan = d.PredicateSpan,
                    Actors = d.Actors,
                    Places = d.Places,
                    Quantities = d.Quantities,
                    Times = d.Times,
                    Polarity = d.Polarity,
                    Modality = d.Modality,
                    Attribution = d.Attribution,
                    Items = items,
                    ParentId = d.Parent >= 0 ? ids[d.Parent] : null,
                    Keys = d.Keys,
                });
            }
            return claims;
        }
    }
}
