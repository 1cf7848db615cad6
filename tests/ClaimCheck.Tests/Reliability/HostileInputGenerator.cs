using System.Globalization;
using System.Text;

namespace ClaimCheck.Tests.Reliability;

/// <summary>What reader a generated input is meant for.</summary>
internal enum InputKind
{
    /// <summary>A string for <c>ArticleReader.ReadText</c>.</summary>
    Text,
    /// <summary>Markup for <c>ArticleReader.ReadHtml</c>.</summary>
    Html,
    /// <summary>A document for <c>ArticleReader.ReadJson</c>.</summary>
    Json,
    /// <summary>File bytes (possibly corrupted UTF-8 or UTF-16) for <c>ArticleReader.ReadFile</c>.</summary>
    Bytes,
}

/// <summary>One generated input.</summary>
internal sealed record HostileInput(InputKind Kind, string Text, byte[]? Bytes = null, string Extension = ".txt");

/// <summary>A seeded generator of hostile inputs: random Unicode, mutated news sentences, broken HTML and JSON.</summary>
/// <remarks>Deterministic for a given seed and fragment list, so a failing input can be reproduced by its index.</remarks>
internal sealed class HostileInputGenerator
{
    private static readonly string[] Odd =
    {
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
        "\u2069", "\uFEFF", "\u061C", "\u00AD", "\u0085", "\u2028", "\u2029", "\u00A0", "\u3000", "\uFFFD", "\uFFFF", "\uFFFE", "\u0000",
        "\u0007", "\u001B", "\u007F", "\t", "\r", "\n", "\r\n", "\n\n", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "😀",
        "👩‍👩‍👧", "🇺🇸", "𝓡", "\u0301", "\u0308\u0308\u0308", "Лавров", "Ρούμπιο", "الرياض", "利雅得", "한국", "ﷺ", "…", "—", "“", "”", "‘",
        "’", "«", "»", "„", "\"", "'", "(", ")", "[", "]", "{", "}", "<", ">", "&", ";", ":", ".", "?", "!", ",", "%", "$", "€", "#", "*",
        "-", "/", "\\", "U.S.", "e.g.", "No.", "Mr.", "St.", "...", "?!", "not", "never", "neither", "nor", "said", "according to",
    };

    private static readonly string[] HugeNumbers =
    {
        "10^400", "1e999999", "1e-400", "99999", "year 99999", "February 31", "February 30, 2025", "31/02/2025", "2025-13-45",
        "-0", "4.5.6", "0.000000000000000000000000001", "1,000,000,000,000,000,000,000,000", "$99999999999999999999 trillion",
        "NaN", "Infinity", "-∞", "½", "٣", "三", "²", "1st", "999th", "the 0th", "12:61", "29 February 2023", "0 AD", "10000 BC",
        "four and a half billion", "a dozen million", "-5 percent", "1,00,000", "1.000.000,5", "0x7FFFFFFF", "2147483648", "9223372036854775808",
    };

    private static readonly string[] Tags =
    {
        "div", "p", "article", "main", "section", "span", "a", "b", "i", "em", "table", "tr", "td", "ul", "li", "h1", "h2", "time",
        "script", "style", "title", "head", "body", "html", "iframe", "svg", "math", "template", "noscript", "textarea", "select",
        "option", "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote", "q", "pre", "br", "img", "meta", "frameset",
    };

    private static readonly string[] Attributes =
    {
        "class=\"byline\"", "id='x'", "href=\"javascript:alert(1)\"", "onerror=alert(1)", "style=\"x\"\"", "title='", "data-x=\"&amp;&lt;&#0;\"",
        "property=\"article:published_time\" content=\"2025-02-19\"", "name=\"author\" content=\"<b>\"", "datetime=\"99999-99-99\"",
        "content=\"February 31, 2025\"", "lang=ar dir=rtl", "x=`y`", "=", "\"", "a=\"\u202E\"",
    };

    private readonly Random _rng;
    private readonly string[] _fragments;

    public HostileInputGenerator(int seed, IEnumerable<string> fragments)
    {
        _rng = new Random(seed);
        _fragments = fragments.ToArray();
        if (_fragments.Length == 0) throw new ArgumentException("need at least one fragment", nameof(fragments));
    }

    /// <summary>The next input.</summary>
    public HostileInput Next()
    {
        int pick = _rng.Next(100);
        return pick switch
        {
            < 20 => new HostileInput(InputKind.Text, RandomUnicode(_rng.Next(0, 400))),
            < 50 => new HostileInput(InputKind.Text, News()),
            < 70 => new HostileInput(InputKind.Html, Html()),
            < 88 => new HostileInput(InputKind.Json, Json()),
            _ => FileBytes(),
        };
    }

    /// <summary>A statement for pair comparison: a mutated fragment or random text.</summary>
    public string Statement() => _rng.Next(4) == 0 ? RandomUnicode(_rng.Next(0, 120)) : Mutate(Fragment());

    private string Fragment() => _fragments[_rng.Next(_fragments.Length)];

    private string RandomUnicode(int length)
    {
        var sb = new StringBuilder(length + 8);
        while (sb.Length < length)
        {
            switch (_rng.Next(8))
            {
                case 0: sb.Append(Odd[_rng.Next(Odd.Length)]); break;
                case 1: sb.Append((char)_rng.Next(0, 0x10000)); break; // any code unit, lone surrogates included
                case 2: sb.Append(char.ConvertFromUtf32(_rng.Next(0x10000, 0x110000))); break; // a surrogate pair
                case 3: sb.Append((char)_rng.Next(0, 0x20)); break;
                case 4: sb.Append(HugeNumbers[_rng.Next(HugeNumbers.Length)]); break;
                default: sb.Append((char)_rng.Next(0x20, 0x7F)); break;
            }
        }
        return sb.ToString();
    }

    private string News()
    {
        var sb = new StringBuilder();
        if (_rng.Next(2) == 0) sb.Append(Mutate(Fragment())).Append("\n\n");
        if (_rng.Next(3) == 0) sb.Append(_rng.Next(2) == 0 ? "2025-02-19" : HugeNumbers[_rng.Next(HugeNumbers.Length)]).Append("\n\n");
        int n = _rng.Next(1, 7);
        for (int i = 0; i < n; i++)
        {
            sb.Append(Mutate(Fragment()));
            sb.Append(_rng.Next(4) switch { 0 => "\n\n", 1 => "\n", _ => " " });
        }
        return sb.ToString();
    }

    /// <summary>Applies one to four random mutations to a news sentence.</summary>
    private string Mutate(string s)
    {
        int mutations = _rng.Next(1, 5);
        for (int m = 0; m < mutations; m++)
        {
            switch (_rng.Next(11))
            {
                case 0: s = ReplaceNumber(s); break;
                case 1: s = DuplicateWord(s); break;
                case 2: s = Insert(s, ".,;:!?()[]\"“”'’«»—…"[_rng.Next(19)].ToString()); break;
                case 3: s = Insert(s, _rng.Next(2) == 0 ? "“" : "\""); break; // unbalanced quote
                case 4: s = InsertAtSpace(s, " not"); break;
                case 5: s = Insert(s, Odd[_rng.Next(Odd.Length)]); break;
                case 6: s = s.Length > 1 ? s[.._rng.Next(1, s.Length)] : s; break; // truncated, maybe inside a surrogate pair
                case 7: s = InsertAtSpace(s, " " + string.Join(' ', Enumerable.Repeat("U.S.", _rng.Next(1, 30)))); break;
                case 8: s = InsertAtSpace(s, " " + HugeNumbers[_rng.Next(HugeNumbers.Length)]); break;
                case 9: s = _rng.Next(2) == 0 ? s.ToUpperInvariant() : s.ToLowerInvariant(); break;
                default: s = InsertAtSpace(s, " " + Fragment()); break;
            }
        }
        return s;
    }

    private string ReplaceNumber(string s)
    {
        int i = 0;
        while (i < s.Length && !char.IsDigit(s[i])) i++;
        if (i == s.Length) return InsertAtSpace(s, " " + HugeNumbers[_rng.Next(HugeNumbers.Length)]);
        int j = i;
        while (j < s.Length && (char.IsDigit(s[j]) || s[j] is ',' or '.')) j++;
        string replacement = _rng.Next(3) switch
        {
            0 => "1" + new string('0', _rng.Next(20, 2000)),
            1 => HugeNumbers[_rng.Next(HugeNumbers.Length)],
            _ => _rng.NextInt64().ToString(CultureInfo.InvariantCulture),
        };
        return s[..i] + replacement + s[j..];
    }

    private string DuplicateWord(string s)
    {
        var words = s.Split(' ');
        int k = _rng.Next(words.Length);
        words[k] = string.Join(' ', Enumerable.Repeat(words[k], _rng.Next(2, 50)));
        return string.Join(' ', words);
    }

    private string Insert(string s, string what) => s.Insert(_rng.Next(s.Length + 1), what);

    private string InsertAtSpace(string s, string what)
    {
        int at = s.IndexOf(' ', _rng.Next(s.Length + 1));
        return at < 0 ? s + what : s.Insert(at, what);
    }

    private string Html()
    {
        var sb = new StringBuilder();
        if (_rng.Next(2) == 0) sb.Append("<!DOCTYPE html>");
        int parts = _rng.Next(1, 25);
        var open = new Stack<string>();
        for (int i = 0; i < parts; i++)
        {
            switch (_rng.Next(7))
            {
                case 0:
                case 1:
                    string tag = Tags[_rng.Next(Tags.Length)];
                    sb.Append('<').Append(_rng.Next(5) == 0 ? tag.ToUpperInvariant() : tag);
                    for (int a = _rng.Next(3); a > 0; a--) sb.Append(' ').Append(Attributes[_rng.Next(Attributes.Length)]);
                    sb.Append(_rng.Next(8) == 0 ? "/>" : _rng.Next(10) == 0 ? "" : ">");
                    open.Push(tag);
                    break;
                case 2:
                    if (open.Count > 0 && _rng.Next(4) != 0) sb.Append("</").Append(open.Pop()).Append('>');
                    else sb.Append("</").Append(Tags[_rng.Next(Tags.Length)]).Append('>');
                    break;
                case 3:
                    sb.Append(_rng.Next(6) switch
                    {
                        0 => "<!-- " + Fragment(),
                        1 => "&amp;&lt;&#x202E;&#0;&#99999999;&nbsp&bogus;",
                        2 => "<![CDATA[" + Fragment() + "]]>",
                        3 => "<script>document.write('<p>" + Fragment() + "</p>')</script>",
                        4 => string.Concat(Enumerable.Repeat("<div>", _rng.Next(1, 400))),
                        _ => "<" + RandomUnicode(_rng.Next(1, 20)),
                    });
                    break;
                default:
                    sb.Append(Mutate(Fragment()));
                    break;
            }
        }
        return sb.ToString();
    }

    private string Json()
    {
        var sb = new StringBuilder();
        int depth = _rng.Next(10) == 0 ? _rng.Next(1, 120) : 0;
        sb.Append('[', depth);
        bool array = _rng.Next(2) == 0;
        if (array) sb.Append('[');
        int n = array ? _rng.Next(0, 5) : 1;
        for (int i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append('{');
            var fields = new List<string>();
            if (_rng.Next(8) != 0) fields.Add("\"text\":" + JsonValue(News()));
            if (_rng.Next(2) == 0) fields.Add("\"title\":" + JsonValue(Mutate(Fragment())));
            if (_rng.Next(2) == 0) fields.Add("\"published\":" + JsonValue(_rng.Next(2) == 0 ? "2025-02-19" : HugeNumbers[_rng.Next(HugeNumbers.Length)]));
            if (_rng.Next(3) == 0) fields.Add("\"id\":" + JsonValue(RandomUnicode(_rng.Next(0, 12))));
            if (_rng.Next(4) == 0) fields.Add("\"source\":" + JsonValue(RandomUnicode(_rng.Next(0, 30))));
            sb.Append(string.Join(',', fields.OrderBy(_ => _rng.Next())));
            sb.Append('}');
        }
        if (array) sb.Append(']');
        sb.Append(']', depth);
        string json = sb.ToString();
        if (_rng.Next(4) == 0) // corrupt it
        {
            json = _rng.Next(4) switch
            {
                0 => json[.._rng.Next(json.Length + 1)],
                1 => json.Insert(_rng.Next(json.Length + 1), "{[\",:}]\\"[_rng.Next(8)].ToString()),
                2 => json + RandomUnicode(_rng.Next(1, 10)),
                _ => json.Replace(':', _rng.Next(2) == 0 ? ';' : ':').Replace("\"", _rng.Next(2) == 0 ? "'" : "\""),
            };
        }
        return json;
    }

    private string JsonValue(string s)
    {
        if (_rng.Next(20) == 0) return _rng.Next(3) switch { 0 => "null", 1 => "12345678901234567890123", _ => "[\"" + s.Length + "\"]" };
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c) || _rng.Next(50) == 0) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    private HostileInput FileBytes()
    {
        int ext = _rng.Next(3);
        string text = ext switch { 0 => News(), 1 => Html(), _ => Json() };
        byte[] bytes = _rng.Next(4) switch
        {
            0 => new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            1 => new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            2 => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            _ => Encoding.UTF8.GetBytes(text),
        };
        int flips = _rng.Next(3) == 0 ? _rng.Next(1, 4) : 0;
        for (int i = 0; i < flips && bytes.Length > 0; i++) bytes[_rng.Next(bytes.Length)] = (byte)_rng.Next(256);
        if (_rng.Next(10) == 0 && bytes.Length > 1) bytes = bytes[.._rng.Next(bytes.Length)];
        return new HostileInput(InputKind.Bytes, text, bytes, ext switch { 0 => ".txt", 1 => ".html", _ => ".json" });
    }
}
