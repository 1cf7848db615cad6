using System.Collections.Immutable;
using ClaimCheck.Extraction;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Normalization;

/// <summary>An actor the alias table knows: its canonical id, kind, names and affiliation.</summary>
/// <param name="Id">Canonical id ("country:us", "person:yuri-ushakov", "org:rdif").</param>
/// <param name="Kind">What kind of actor it is.</param>
/// <param name="Names">Surface forms, as they appear in text ("U.S.", "Washington", "Yury Ushakov", "Ushakov").</param>
/// <param name="Affiliation">The actor's country or organisation id, used to tell whose side a speaker is on.</param>
/// <param name="Roles">Roles the actor is known by ("foreign minister").</param>
public sealed record ActorEntry(string Id, ActorKind Kind, ImmutableArray<string> Names, string? Affiliation, ImmutableArray<string> Roles);

/// <summary>A place the alias table knows.</summary>
/// <param name="Id">Canonical id ("place:riyadh").</param>
/// <param name="Names">Surface forms ("Riyadh", "the Saudi capital").</param>
/// <param name="Country">The country id the place lies in, when known.</param>
public sealed record PlaceEntry(string Id, ImmutableArray<string> Names, string? Country);

/// <summary>Alias tables of actors and places, mapping surface forms to canonical ids.</summary>
/// <remarks>
/// Immutable and thread-safe. Loaded from JSON of the shape
/// <c>{"actors":[{"id","kind","names":[…],"affiliation","roles":[…]}],"places":[{"id","names":[…],"country"}]}</c>.
/// When tables are merged, a later entry with the same id replaces the earlier one, and a later table's
/// names win when two entries claim the same name.
/// </remarks>
public sealed class AliasTable
{
    /// <summary>A table with no entries.</summary>
    public static AliasTable Empty { get; } = new(ImmutableArray<ActorEntry>.Empty, ImmutableArray<PlaceEntry>.Empty);

    /// <summary>Creates a table.</summary>
    /// <param name="actors">The actors.</param>
    /// <param name="places">The places.</param>
    public AliasTable(IEnumerable<ActorEntry> actors, IEnumerable<PlaceEntry> places)
    {
        Actors = actors.ToImmutableArray();
        Places = places.ToImmutableArray();
        ActorsById = Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        SurnamesById = Actors.Where(a => a.Kind == ActorKind.Person).ToDictionary(a => a.Id, a => a.Names
            .Select(n => n.LastIndexOf(' ')).Zip(a.Names, (sp, n) => sp > 0 ? Tokenizer.Fold(n[(sp + 1)..]) : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        PlacesById = Places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        // one target per surface form: "Riyadh" is both a place and, as a metonym, Saudi Arabia
        var targets = new Dictionary<string, NameTarget>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var p in Places)
            foreach (var n in p.Names)
            {
                if (!targets.ContainsKey(n)) order.Add(n);
                targets[n] = new NameTarget(targets.TryGetValue(n, out var t) ? t.Actor : null, p);
            }
        foreach (var a in Actors)
            foreach (var n in a.Names)
            {
                if (!targets.ContainsKey(n)) order.Add(n);
                targets[n] = new NameTarget(a, targets.TryGetValue(n, out var t) ? t.Place : null);
            }
        var names = new PhraseIndex<NameTarget>();
        foreach (var n in order) names.Add(n, targets[n]);
        Names = names;
    }

    /// <summary>The actors.</summary>
    public ImmutableArray<ActorEntry> Actors { get; }

    /// <summary>The places.</summary>
    public ImmutableArray<PlaceEntry> Places { get; }

    internal IReadOnlyDictionary<string, ActorEntry> ActorsById { get; }

    /// <summary>The lower-case surnames (last word of each multi-word name) of every known person, by id.</summary>
    internal IReadOnlyDictionary<string, string[]> SurnamesById { get; }

    internal IReadOnlyDictionary<string, PlaceEntry> PlacesById { get; }

    internal PhraseIndex<NameTarget> Names { get; }

    /// <summary>Reads a table from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for error messages (a file name).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ConfigurationDataException">The JSON is malformed or an entry lacks an id or names.</exception>
    public static AliasTable FromJson(string json, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JObject root;
        try { root = KnowledgeJson.Parse(json); }
        catch (JsonException e) { throw new ConfigurationDataException(name ?? "alias table", e.Message, e); }
        var actors = new List<ActorEntry>();
        foreach (var (o, i) in KnowledgeJson.Objects(root, "actors", name))
        {
            var id = KnowledgeJson.RequiredString(o, "id", name, $"actors[{i}]");
            var kindText = (string?)o["kind"] ?? "person";
            if (!Enum.TryParse<ActorKind>(kindText, true, out var kind))
                throw new ConfigurationDataException(name ?? "alias table", $"actors[{i}]: unknown kind '{kindText}' (country, person, organization or group)");
            actors.Add(new ActorEntry(id, kind, KnowledgeJson.Strings(o, "names", name, $"actors[{i}]", required: true),
                (string?)o["affiliation"], KnowledgeJson.Strings(o, "roles", name, $"actors[{i}]", required: false)));
        }
        var places = new List<PlaceEntry>();
        foreach (var (o, i) in KnowledgeJson.Objects(root, "places", name))
        {
            var id = KnowledgeJson.RequiredString(o, "id", name, $"places[{i}]");
            places.Add(new PlaceEntry(id, KnowledgeJson.Strings(o, "names", name, $"places[{i}]", required: true), (string?)o["country"]));
        }
        return new AliasTable(actors, places);
    }

    /// <summary>Returns a table with this table's entries and then <paramref name="other"/>'s (which win on the same id).</summary>
    /// <param name="other">The table to add.</param>
    /// <returns>The merged table.</returns>
    public AliasTable Merge(AliasTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var actors = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var a in Actors.Concat(other.Actors))
        {
            if (!actors.ContainsKey(a.Id)) order.Add(a.Id);
            actors[a.Id] = a;
        }
        var places = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var porder = new List<string>();
        foreach (var p in Places.Concat(other.Places))
        {
            if (!places.ContainsKey(p.Id)) porder.Add(p.Id);
            places[p.Id] = p;
        }
        return new AliasTable(order.Select(id => actors[id]), porder.Select(id => places[id]));
    }

    /// <summary>The country or organisation an actor belongs to: itself for a country, its affiliation otherwise.</summary>
    /// <param name="actorId">An actor id.</param>
    /// <returns>The side's id, or <c>null</c> when unknown.</returns>
    public string? SideOf(string actorId)
    {
        if (actorId.StartsWith("country:", StringComparison.Ordinal)) return actorId;
        return ActorsById.TryGetValue(actorId, out var a) ? a.Affiliation ?? (a.Kind == ActorKind.Organization ? a.Id : null) : null;
    }
}

/// <summary>What a name in the alias table points to: an actor, a place, or both for names like "Riyadh".</summary>
internal sealed record NameTarget(ActorEntry? Actor, PlaceEntry? Place);

internal static class KnowledgeJson
{
    public static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = 32, DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        return token as JObject ?? throw new JsonReaderException("the table must be a JSON object");
    }

    public static IEnumerable<(JObject Entry, int Index)> Objects(JObject root, string property, string? name)
    {
        var token = root[property];
        if (token is null || token.Type == JTokenType.Null) yield break;
        if (token is not JArray array) throw new ConfigurationDataException(name ?? "table", $"'{property}' must be an array");
        for (int i = 0; i < array.Count; i++)
        {
            if (array[i] is not JObject o) throw new ConfigurationDataException(name ?? "table", $"{property}[{i}] must be an object");
            yield return (o, i);
        }
    }

    public static string RequiredString(JObject o, string property, string? name, string where)
    {
        var v = o[property];
        if (v is null || v.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)v))
            throw new ConfigurationDataException(name ?? "table", $"{where}: '{property}' must be a non-empty string");
        return (string)v!;
    }

    public static ImmutableArray<string> Strings(JObject o, string property, string? name, string where, bool required)
    {
        var v = o[property];
        if (v is null || v.Type == JTokenType.Null)
        {
            if (required) throw new ConfigurationDataException(name ?? "table", $"{where}: '{property}' is required");
            return ImmutableArray<string>.Empty;
        }
        if (v is not JArray a || a.Any(x => x.Type != JTokenType.String))
            throw new ConfigurationDataException(name ?? "table", $"{where}: '{property}' must be an array of strings");
        var list = a.Select(x => (string)x!).Where(s => !string.IsNullOrWhiteSpace(s)).ToImmutableArray();
        if (required && list.IsEmpty) throw new ConfigurationDataException(name ?? "table", $"{where}: '{property}' must not be empty");
        return list;
    }
}
