using System.Globalization;

namespace ClaimCheck.Normalization;

/// <summary>A range of real numbers with open or closed ends; infinite ends are open.</summary>
/// <remarks>Immutable. "over four" is <c>(4, ∞)</c>, "four and a half" is <c>[4.5, 4.5]</c>.</remarks>
/// <param name="Min">Lower end (may be <see cref="double.NegativeInfinity"/>).</param>
/// <param name="Max">Upper end (may be <see cref="double.PositiveInfinity"/>).</param>
/// <param name="MinInclusive">Whether <paramref name="Min"/> belongs to the interval.</param>
/// <param name="MaxInclusive">Whether <paramref name="Max"/> belongs to the interval.</param>
public readonly record struct Interval(double Min, double Max, bool MinInclusive = true, bool MaxInclusive = true)
{
    /// <summary>The interval holding exactly one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>[value, value]</c>.</returns>
    public static Interval Point(double value) => new(value, value);

    /// <summary>The values strictly above <paramref name="value"/>.</summary>
    /// <param name="value">The lower bound.</param>
    /// <returns><c>(value, ∞)</c>.</returns>
    public static Interval Above(double value) => new(value, double.PositiveInfinity, false, false);

    /// <summary>The values strictly below <paramref name="value"/>.</summary>
    /// <param name="value">The upper bound.</param>
    /// <returns><c>(-∞, value)</c>.</returns>
    public static Interval Below(double value) => new(double.NegativeInfinity, value, false, false);

    /// <summary>Whether the interval holds exactly one value.</summary>
    public bool IsPoint => Min == Max && MinInclusive && MaxInclusive;

    /// <summary>Whether the interval holds no value.</summary>
    public bool IsEmpty => Min > Max || (Min == Max && !(MinInclusive && MaxInclusive));

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><c>true</c> when contained.</returns>
    public bool Contains(double value) =>
        (value > Min || (MinInclusive && value == Min)) && (value < Max || (MaxInclusive && value == Max));

    /// <summary>Whether the two intervals share at least one value.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><c>true</c> when they overlap.</returns>
    public bool Overlaps(Interval other)
    {
        double lo = Math.Max(Min, other.Min), hi = Math.Min(Max, other.Max);
        if (lo < hi) return true;
        if (lo > hi) return false;
        return Contains(lo) && other.Contains(lo);
    }

    /// <summary>Whether every value of <paramref name="other"/> lies in this interval.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><c>true</c> when contained.</returns>
    public bool Contains(Interval other) =>
        (other.Min > Min || (other.Min == Min && (MinInclusive || !other.MinInclusive)))
        && (other.Max < Max || (other.Max == Max && (MaxInclusive || !other.MaxInclusive)));

    /// <summary>Widens the interval by a relative tolerance on each finite end (for "about", "roughly").</summary>
    /// <param name="fraction">The tolerance, e.g. 0.15 for ±15 %.</param>
    /// <returns>The widened interval.</returns>
    public Interval Widen(double fraction)
    {
        double lo = double.IsInfinity(Min) ? Min : Min - Math.Abs(Min) * fraction;
        double hi = double.IsInfinity(Max) ? Max : Max + Math.Abs(Max) * fraction;
        return new Interval(lo, hi, MinInclusive || !double.IsInfinity(Min), MaxInclusive || !double.IsInfinity(Max));
    }

    /// <summary>Formats the interval for explanations: "4.5", "&gt; 4", "≤ 2", "3–5".</summary>
    /// <returns>A short readable form.</returns>
    public override string ToString()
    {
        static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        if (IsPoint) return F(Min);
        if (double.IsNegativeInfinity(Min)) return (MaxInclusive ? "≤ " : "< ") + F(Max);
        if (double.IsPositiveInfinity(Max)) return (MinInclusive ? "≥ " : "> ") + F(Min);
        return $"{(MinInclusive ? "[" : "(")}{F(Min)}, {F(Max)}{(MaxInclusive ? "]" : ")")}";
    }
}
