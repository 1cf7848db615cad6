using System.Runtime.CompilerServices;
using System.Collections.Concurrent;

namespace ClaimCheck.Normalization;

/// <summary>Process-wide integer ids for the interned lower-case forms and lemmas of tokens.</summary>
/// <remarks>
/// <para>Hot lookups (phrase indexes, stopword and negator sets) key on these ids instead of hashing strings. Two tokens with
/// the same lower-case form or lemma get the same id; ids are dense, start at 0 and never change once given.</para>
/// <para>Growth is bounded: ids are handed out only by <see cref="Intern"/>, which the tokenizer calls for the words it caches
/// (bounded by its cache) and the lexicon and alias tables call for their own words. Any other string gets
/// <see cref="None"/> from <see cref="Find"/>: a word no table knows, so every id-keyed lookup of it misses, as a string
/// lookup would. Thread-safe.</para>
/// </remarks>
internal static class Vocabulary
{
    /// <summary>The id of a string that has none: it is in no table.</summary>
    public const int None = -1;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly object Gate = new();
    private static int _count;

    /// <summary>The id of <paramref name="s"/>, giving it one when it has none.</summary>
    public static int Intern(string s)
    {
        if (Ids.TryGetValue(s, out int id)) return id;
        lock (Gate)
        {
            if (Ids.TryGetValue(s, out id)) return id;
            id = _count++;
            Ids[s] = id;
            return id;
        }
    }

    /// <summary>The id of <paramref name="s"/>, or <see cref="None"/> when it was never interned.</summary>
    public static int Find(string s) => Ids.TryGetValue(s, out int id) ? id : None;

    /// <summary>How many ids were given.</summary>
    public static int Count => Volatile.Read(ref _count);
}

/// <summary>A set of <see cref="Vocabulary"/> ids as a bit array: membership is one array read.</summary>
internal sealed class IdSet
{
    private readonly ulong[] _bits;

    /// <summary>The ids of <paramref name="words"/>, interning each.</summary>
    public IdSet(IEnumerable<string> words)
    {
        var ids = words.Select(Vocabulary.Intern).ToList();
        _bits = new ulong[ids.Count == 0 ? 0 : ids.Max() / 64 + 1];
        foreach (int id in ids) _bits[id >> 6] |= 1UL << (id & 63);
    }

    /// <summary>Whether the id is in the set (never for <see cref="Vocabulary.None"/> or ids given after the set was built).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int id) => (uint)(id >> 6) < (uint)_bits.Length && (_bits[id >> 6] & (1UL << (id & 63))) != 0;
}
