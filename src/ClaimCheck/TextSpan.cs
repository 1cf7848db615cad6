namespace ClaimCheck;

/// <summary>A range of UTF-16 code units in an article's text.</summary>
/// <remarks>Immutable and thread-safe. Invariant: <see cref="Start"/> ≥ 0 and <see cref="Length"/> ≥ 0.</remarks>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and end offsets.</summary>
    /// <param name="start">Offset of the first code unit.</param>
    /// <param name="end">Offset just past the last code unit.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><c>true</c> when contained.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the offset lies inside this span.</summary>
    /// <param name="offset">A UTF-16 offset.</param>
    /// <returns><c>true</c> when <c>Start ≤ offset &lt; End</c>.</returns>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><c>true</c> when they overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="other">The span to compare with.</param>
    /// <returns>A negative, zero or positive number.</returns>
    public int CompareTo(TextSpan other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    /// <summary>Returns the text the span covers.</summary>
    /// <param name="text">The text the span indexes.</param>
    /// <returns>The substring at this span.</returns>
    public string Of(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
