using ClaimCheck.Normalization;

namespace ClaimCheck.Tests.Normalization;

/// <summary><see cref="Chars"/> inlines the ASCII answers of <see cref="char"/>'s classification: it must agree with it everywhere.</summary>
public class CharsTests
{
    [Test]
    public void AgreesWithCharOnEveryUtf16CodeUnit()
    {
        var wrong = new List<string>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            if (Chars.IsLetter(c) != char.IsLetter(c)) wrong.Add($"IsLetter U+{i:X4}");
            if (Chars.IsDigit(c) != char.IsDigit(c)) wrong.Add($"IsDigit U+{i:X4}");
            if (Chars.IsLetterOrDigit(c) != char.IsLetterOrDigit(c)) wrong.Add($"IsLetterOrDigit U+{i:X4}");
            if (Chars.IsWhiteSpace(c) != char.IsWhiteSpace(c)) wrong.Add($"IsWhiteSpace U+{i:X4}");
            if (Chars.IsUpper(c) != char.IsUpper(c)) wrong.Add($"IsUpper U+{i:X4}");
        }
        Assert.That(wrong, Is.Empty);
    }
}
