using System.Runtime.CompilerServices;

namespace ClaimCheck.Normalization;

/// <summary>The <see cref="char"/> classification the scanners use per character, with the ASCII answer inlined.</summary>
/// <remarks>
/// <see cref="char.IsLetter(char)"/> and its kin are not inlined by the JIT, so a scanner calling them pays a call per
/// character of running text. These give the same answers for every character: ASCII by a range test in place, everything
/// else through the <see cref="char"/> method.
/// </remarks>
internal static class Chars
{
    /// <summary>Same as <see cref="char.IsLetter(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>Same as <see cref="char.IsDigit(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => c < 128 ? (uint)(c - '0') <= 9 : char.IsDigit(c);

    /// <summary>Same as <see cref="char.IsLetterOrDigit(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    /// <summary>Same as <see cref="char.IsWhiteSpace(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c < 128 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c);

    /// <summary>Same as <see cref="char.IsUpper(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);
}
