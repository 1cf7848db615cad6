using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Articles;

/// <summary>Reads articles from JSON: one object, or an array of objects with <c>id</c>, <c>title</c>, <c>text</c>, <c>published</c>, <c>source</c>, <c>url</c>, <c>byline</c>/<c>author</c>.</summary>
/// <remarks>The reader's depth limit is the options' nesting limit, so hostile nesting fails fast. Thread-safe.</remarks>
internal static class JsonArticleReader
{
    /// <summary>Reads the articles in <paramref name="json"/>.</summary>
    /// <param name="name">The base for default ids (usually the file name without extension).</param>
    /// <param name="source">The name used in error messages (the path, or <paramref name="name"/>).</param>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits.</param>
    /// <param name="fileNotices">Notes from reading the file (encoding), added to every article.</param>
    /// <returns>The articles, in document order.</returns>
    public static IReadOnlyList<Article> Read(string name, string source, string json, CrossCheckOptions options, IReadOnlyList<string> fileNotices)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new ArticleReadException(source, "empty article");
        JToken root;
        using (var reader = new JsonTextReader(new StringReader(json)))
        {
            reader.MaxDepth = Math.Max(1, options.MaxNestingDepth);
            reader.DateParseHandling = DateParseHandling.None;
            try
            {
                root = JToken.ReadFrom(reader);
                while (reader.Read())
                {
                    if (reader.TokenType != JsonToken.Comment)
                        throw new ArticleReadException(source, "malformed JSON: more content after the value", $"line {reader.LineNumber}, position {reader.LinePosition}");
                }
            }
            catch (JsonReaderException e)
            {
                string problem = e.Message.Contains("MaxDepth", StringComparison.Ordinal)
                    ? $"JSON nested deeper than {reader.MaxDepth} levels (MaxNestingDepth)"
                    : "malformed JSON: " + FirstSentence(e.Message);
                throw new ArticleReadException(source, problem, $"line {e.LineNumber}, position {e.LinePosition}", e);
            }
            catch (JsonException e)
            {
                throw new ArticleReadException(source, "malformed JSON: " + FirstSentence(e.Message), null, e);
            }
        }

        var result = new List<Article>();
        switch (root)
        {
            case JObject obj:
                result.Add(ReadOne(obj, name, null, source, options, fileNotices));
                break;
            case JArray array:
                if (array.Count == 0) throw new ArticleReadException(source, "empty article list: the JSON array holds no article");
                if (array.Count > options.MaxArticlesPerFile)
                    throw new InputLimitException(source, $"{array.Count} articles in one file; the limit is {options.MaxArticlesPerFile} (MaxArticlesPerFile)");
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is not JObject item)
                        throw new ArticleReadException(source, $"article [{i}] is not a JSON object", Where(array[i]));
                    result.Add(ReadOne(item, name, i, source, options, fileNotices));
                }
                break;
            default:
                throw new ArticleReadException(source, "the JSON must be an article object or an array of article objects", Where(root));
        }
        return result;
    }

    private static Article ReadOne(JObject obj, string name, int? index, string source, CrossCheckOptions options, IReadOnlyList<string> fileNotices)
    {
        string label = index is null ? "the article" : $"article [{index}]";
        var textToken = obj["text"];
        if (textToken is null || textToken.Type == JTokenType.Null)
            throw new ArticleReadException(source, $"{label} has no \"text\"", Where(obj));
        if (textToken.Type != JTokenType.String)
            throw new ArticleReadException(source, $"the \"text\" of {label} is not a string", Where(textToken));
        string text = (string)textToken!;
        if (string.IsNullOrWhiteSpace(text)) throw new ArticleReadException(source, $"empty article: the \"text\" of {label} is blank", Where(textToken));

        var notices = new List<string>(fileNotices);
        var idToken = obj["id"];
        string id = idToken is { Type: JTokenType.String or JTokenType.Integer } && !string.IsNullOrWhiteSpace(idToken.ToString())
            ? idToken.ToString()
            : index is null ? name : $"{name}#{index}";
        string? title = StringField(obj, "title", notices);
        string? publishedText = StringField(obj, "published", notices);
        DateOnly? published = null;
        if (publishedText is not null)
        {
            published = DateParser.ParseWhole(publishedText);
            if (published is null) notices.Add($"\"published\" value '{Shorten(publishedText)}' is not a date; ignored");
        }
        var meta = new ArticleMetadata(title, published, StringField(obj, "source", notices), StringField(obj, "byline", notices) ?? StringField(obj, "author", notices), StringField(obj, "url", notices));
        return ArticleFactory.Create(id, text, options, new LayoutHints(title), meta, notices, source);
    }

    private static string? StringField(JObject obj, string field, List<string> notices)
    {
        var token = obj[field];
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token.Type != JTokenType.String)
        {
            notices.Add($"\"{field}\" is not a string; ignored");
            return null;
        }
        string value = ((string)token!).Trim();
        return value.Length == 0 ? null : value;
    }

    private static string? Where(JToken token) =>
        token is IJsonLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}, position {info.LinePosition}" : null;

    private static string FirstSentence(string message)
    {
        int path = message.IndexOf(" Path '", StringComparison.Ordinal);
        return (path > 0 ? message[..path] : message).TrimEnd('.', ',', ' ');
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
