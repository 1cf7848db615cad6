using System.Runtime.InteropServices;

namespace ClaimCheck.Extraction;

/// <summary>Per-thread arrays of an exact length, for arrays that live only while one sentence is extracted.</summary>
/// <remarks>
/// The extractor works one sentence at a time on a thread, and its token arrays never outlive the sentence. Reusing one
/// array per length (up to <see cref="MaxLength"/>) instead of allocating two per sentence removes about half of what
/// extraction allocates. Exact lengths keep <c>array.Length</c> meaning "the tokens", as every consumer assumes.
/// A rented array is valid until the same thread rents the same length again.
/// </remarks>
internal static class SentenceArrays<T>
{
    /// <summary>Longest array kept; longer ones are allocated each time.</summary>
    public const int MaxLength = 256;

    [ThreadStatic] private static T[]?[]? _byLength;

    /// <summary>An array of exactly <c>items.Count</c> elements holding <paramref name="items"/>.</summary>
    public static T[] Copy(List<T> items) => Copy(CollectionsMarshal.AsSpan(items));

    /// <summary>An array of exactly <c>items.Length</c> elements holding <paramref name="items"/>.</summary>
    public static T[] Copy(ReadOnlySpan<T> items)
    {
        int length = items.Length;
        if (length == 0) return Array.Empty<T>();
        T[] array;
        if (length > MaxLength) array = new T[length];
        else
        {
            var byLength = _byLength ??= new T[]?[MaxLength + 1];
            array = byLength[length] ??= new T[length];
        }
        items.CopyTo(array);
        return array;
    }
}
