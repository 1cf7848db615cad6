using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimCheck.Articles;

namespace ClaimCheck.Benchmarks.Scale;

/// <summary>
/// A deterministic synthetic news corpus: articles in event clusters (about 20 per event), each recombining
/// statements about its event with paraphrases, changed numbers and dates, swapped names, negations and filler.
/// </summary>
/// <remarks>
/// Only a seeded <see cref="Random"/> drives the choices, so a seed always gives the same corpus on every run
/// and platform. Article ids are <c>eNNNN-aNN</c> (event, article within it), so sorting by id keeps clusters together.
/// </remarks>
public static class SyntheticCorpus
{
    /// <summary>Articles per event cluster.</summary>
    public const int ClusterSize = 20;

    private static readonly (string Name, string Country)[] People =
    {
        ("Yuri Ushakov", "Russia"), ("Marco Rubio", "the United States"), ("Sergei Lavrov", "Russia"), ("Mike Waltz", "the United States"),
        ("Kirill Dmitriev", "Russia"), ("Steve Witkoff", "the United States"), ("Faisal bin Farhan", "Saudi Arabia"), ("Hakan Fidan", "Turkey"),
        ("Andrii Sybiha", "Ukraine"), ("Olena Marchuk", "Ukraine"), ("Jean-Noel Barrot", "France"), ("Annalena Baerbock", "Germany"),
        ("David Lammy", "the United Kingdom"), ("Wang Yi", "China"), ("Antonio Tajani", "Italy"), ("Radoslaw Sikorski", "Poland"),
        ("Kaja Kallas", "the European Union"), ("Mark Rutte", "NATO"), ("Ayman Safadi", "Jordan"), ("Sameh Shoukry", "Egypt"),
        ("Penny Wong", "Australia"), ("Melanie Joly", "Canada"), ("Takeshi Iwaya", "Japan"), ("Cho Tae-yul", "South Korea"),
        ("Subrahmanyam Jaishankar", "India"), ("Mauro Vieira", "Brazil"), ("Ronald Lamola", "South Africa"), ("Abbas Araghchi", "Iran"),
        ("Halvard Tessen", "Norland"), ("Ilse Marrow", "Norland"), ("Dario Veltri", "Calvania"), ("Petra Holmqvist", "Calvania"),
        ("Anton Belyk", "Ostravia"), ("Mirela Dunca", "Ostravia"), ("Kwame Asante", "Ghana"), ("Amina Diallo", "Senegal"),
        ("Lucas Ferreira", "Portugal"), ("Sofia Lindqvist", "Sweden"), ("Jonas Keller", "Switzerland"), ("Elena Rossi", "San Marino"),
        ("Tomasz Nowak", "Poland"), ("Nadia Haddad", "Lebanon"), ("Omar Al-Sayed", "Qatar"), ("Leila Karimi", "Azerbaijan"),
        ("Arman Petrosyan", "Armenia"), ("Giorgi Beridze", "Georgia"), ("Aliya Nurlanova", "Kazakhstan"), ("Rustam Karimov", "Uzbekistan"),
        ("Viktor Orsolya", "Hungary"), ("Milan Horvat", "Croatia"), ("Ana Popescu", "Romania"), ("Ivan Dimitrov", "Bulgaria"),
        ("Eero Virtanen", "Finland"), ("Maarja Tamm", "Estonia"), ("Janis Ozols", "Latvia"), ("Rasa Kazlauskiene", "Lithuania"),
        ("Carlos Mendoza", "Mexico"), ("Valentina Ortiz", "Argentina"), ("Hiroshi Tanaka", "Japan"), ("Priya Raman", "Singapore"),
    };

    private static readonly string[] Cities =
    {
        "Riyadh", "Istanbul", "Geneva", "Vienna", "Doha", "Abu Dhabi", "Helsinki", "Oslo", "Budapest", "Warsaw",
        "Ankara", "Cairo", "Amman", "Baku", "Astana", "Tashkent", "Tbilisi", "Yerevan", "Minsk", "Belgrade",
        "Rome", "Paris", "Berlin", "London", "Madrid", "Lisbon", "Stockholm", "Copenhagen", "Prague", "Bratislava",
        "Singapore", "Tokyo", "Seoul", "New Delhi", "Jakarta", "Brasilia", "Mexico City", "Nairobi", "Accra", "Dakar",
    };

    private static readonly string[] Orgs =
    {
        "the Foreign Ministry", "the Central Bank", "the Russian Direct Investment Fund", "the National Security Council",
        "the European Commission", "the Arab League", "the African Union", "the Energy Ministry", "the Defence Ministry",
        "the State Department", "the Trade Ministry", "the Red Cross", "the United Nations", "the OSCE", "the World Bank",
    };

    private static readonly string[] Roles = { "spokesperson", "chief negotiator", "senior adviser", "head", "deputy head", "envoy" };
    private static readonly string[] Outlets = { "Reuters", "the Associated Press", "AFP", "Bloomberg", "TASS", "Al Jazeera", "the BBC" };
    private static readonly string[] Venues = { "Diriyah Palace", "Congress Centre", "Palace of Nations", "Grand Hotel", "State Guest House", "Conference Hall" };
    private static readonly string[] Months =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
    private static readonly string[] Words =
        { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };

    // A template: the affirmed form and, where it has one, the negated form. Placeholders are filled from the event.
    private static readonly (string Affirmed, string? Negated)[] Templates =
    {
        ("{A} and {B} held talks in {City} for {n} hours on {Month} {d}.", null),
        ("The talks between {CountryA} and {CountryB} lasted over {n} hours.", null),
        ("The two sides reached {k} main agreements.", "The two sides did not reach any agreement."),
        ("{Person}, the {role} of {Org}, attended the meeting.", "{Person}, the {role} of {Org}, did not attend the meeting."),
        ("{X} was not invited to the talks.", "{X} was invited to the talks."),
        ("A summit is unlikely to take place next week, {Speaker} said.", "A summit is likely to take place next week, {Speaker} said."),
        ("The meeting took place at the {Venue} in {City}.", null),
        ("{A} arrived in {City} on {Month} {d}.", null),
        ("Delegations of {m} officials from each side took part.", null),
        ("{CountryA} agreed to restore diplomatic relations with {CountryB}.", "{CountryA} did not agree to restore diplomatic relations with {CountryB}."),
        ("The next round of talks is expected within {w} weeks.", "No further round of talks is planned."),
        ("{Speaker} described the talks as constructive.", "{Speaker} did not describe the talks as constructive."),
        ("The talks were the first direct contact between the two governments in {y} years.", null),
        ("{B} said the sides would form negotiating teams within {w} weeks.", "{B} said the sides would not form negotiating teams."),
        ("According to {Outlet}, {A} proposed a ceasefire lasting {dd} days.", "According to {Outlet}, {A} did not propose a ceasefire."),
        ("{CountryB} will not accept any agreement imposed without its consent, {Speaker} said.", "{CountryB} will accept an agreement imposed without its consent, {Speaker} said."),
        ("Trade between the two countries fell by {pct} percent last year.", null),
        ("{A} and {B} last met in {City2} in {Year}.", "{A} and {B} have never met before."),
        ("The host country did not arrange a press conference after the meeting.", "The host country arranged a press conference after the meeting."),
        ("{Person} told reporters that both sides listened to each other.", null),
        ("The agreement includes a prisoner exchange of {p} people.", "The agreement does not include a prisoner exchange."),
        ("Around {q} protesters gathered outside the {Venue}.", null),
        ("{A} is expected to visit {CountryB} before the end of {Year2}.", "{A} is not expected to visit {CountryB} this year."),
        ("The talks began at {hour} a.m. local time.", null),
        ("{Org} welcomed the outcome of the meeting.", "{Org} did not welcome the outcome of the meeting."),
        ("Sanctions on {CountryA} will remain in place, {Speaker} said.", "Sanctions on {CountryA} will not remain in place, {Speaker} said."),
        ("{A} and {B} spoke by phone {z} days before the meeting.", null),
        ("Energy prices in {CountryB} have risen by {pct2} percent since {Month}.", null),
        ("Both delegations left {City} on {Month} {d2}.", null),
        ("A joint statement was signed by {k2} ministers.", "No joint statement was signed."),
    };

    private static readonly string[] NumberSlots = { "n", "k", "m", "w", "y", "dd", "pct", "p", "q", "hour", "z", "pct2", "k2" };
    private static readonly string[] PersonSlots = { "A", "B", "Person", "Speaker" };

    private static readonly (string Word, string[] Alternatives)[] Synonyms =
    {
        ("talks", new[] { "negotiations", "discussions" }),
        ("held", new[] { "conducted" }),
        ("over", new[] { "more than" }),
        ("said", new[] { "stated", "told reporters" }),
        ("agreements", new[] { "accords" }),
        ("meeting", new[] { "session", "gathering" }),
        ("took part", new[] { "participated" }),
        ("attended", new[] { "was present at" }),
        ("Around", new[] { "About", "Roughly" }),
        ("fell", new[] { "dropped", "declined" }),
        ("welcomed", new[] { "praised" }),
    };

    private static readonly string[] Fillers =
    {
        "Traffic around the {Venue} was heavier than usual on {Weekday}, local residents said.",
        "Reporting by {Reporter}; editing by {Editor}.",
        "The weather in {City} was mild, with temperatures around {t} degrees.",
        "Security was tightened across {City}, with {r} checkpoints set up near the venue.",
        "Shares in {City} closed {u} percent higher on {Weekday}.",
        "This article was updated at {hh}:{mm} local time.",
        "Photographs of the arrivals circulated widely on social media.",
        "Analysts at {Outlet} said markets reacted calmly to the news.",
        "A correspondent in {City} counted {r} flags along the main avenue.",
        "Readers can follow live updates on the {Outlet} website.",
    };

    private static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    /// <summary>The seed <c>scale</c> and <c>corpus</c> use unless told otherwise.</summary>
    public const int DefaultSeed = 20250218;

    /// <summary><c>corpus --articles N --out DIR [--seed S]</c>: writes the corpus as <c>DIR/ID.txt</c> files, e.g. to try <c>claimcheck compare</c> on it.</summary>
    public static int WriteCommand(string[] args, TextWriter output, TextWriter error)
    {
        int articles = 0, seed = DefaultSeed;
        string? dir = null;
        for (int i = 0; i < args.Length; i++)
        {
            bool ok = i + 1 < args.Length && args[i] switch
            {
                "--articles" => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out articles),
                "--seed" => int.TryParse(args[++i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed),
                "--out" => (dir = args[++i]).Length > 0,
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine($"corpus: bad argument '{args[i]}'; usage: corpus --articles N --out DIR [--seed S]");
                return 2;
            }
        }
        if (articles < 1 || dir is null)
        {
            error.WriteLine("corpus: --articles N (N ≥ 1) and --out DIR are required");
            return 2;
        }
        Directory.CreateDirectory(dir);
        foreach (var a in Generate(articles, seed)) File.WriteAllText(Path.Combine(dir, a.Id + ".txt"), a.Text, new UTF8Encoding(false));
        output.WriteLine($"corpus: wrote {articles} articles to {dir}");
        return 0;
    }

    /// <summary>Generates the corpus.</summary>
    /// <param name="articles">Number of articles.</param>
    /// <param name="seed">The seed; the same seed gives the same corpus.</param>
    /// <returns>The articles, read through <see cref="ArticleReader.ReadText"/>, in id order.</returns>
    public static IReadOnlyList<Article> Generate(int articles, int seed)
    {
        var rng = new Random(seed);
        var result = new List<Article>(articles);
        for (int cluster = 0; result.Count < articles; cluster++)
        {
            var facts = NewEvent(rng);
            for (int a = 0; a < ClusterSize && result.Count < articles; a++)
            {
                var id = $"e{cluster:D4}-a{a:D2}";
                result.Add(ArticleReader.ReadText(id, WriteArticle(rng, facts)));
            }
        }
        return result;
    }

    private static Dictionary<string, string> NewEvent(Random rng)
    {
        int ia = rng.Next(People.Length), ib;
        do ib = rng.Next(People.Length); while (People[ib].Country == People[ia].Country);
        int month = rng.Next(12);
        var f = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["A"] = People[ia].Name, ["CountryA"] = People[ia].Country,
            ["B"] = People[ib].Name, ["CountryB"] = People[ib].Country,
            ["Person"] = Pick(rng, People).Name, ["role"] = Pick(rng, Roles), ["Org"] = Pick(rng, Orgs),
            ["Speaker"] = Pick(rng, People).Name, ["X"] = Pick(rng, People).Country,
            ["City"] = Pick(rng, Cities), ["City2"] = Pick(rng, Cities), ["Venue"] = Pick(rng, Venues), ["Outlet"] = Pick(rng, Outlets),
            ["Month"] = Months[month], ["MonthNumber"] = (month + 1).ToString("00", CultureInfo.InvariantCulture),
            ["Year"] = rng.Next(2015, 2024).ToString(CultureInfo.InvariantCulture), ["Year2"] = "2025",
        };
        int d = rng.Next(1, 26);
        f["d"] = Num(d); f["d2"] = Num(d + rng.Next(1, 3));
        foreach (var (slot, lo, hi) in new[] { ("n", 2, 9), ("k", 2, 7), ("m", 3, 15), ("w", 2, 6), ("y", 3, 12), ("dd", 10, 60), ("pct", 3, 40),
                                               ("p", 20, 400), ("q", 100, 5000), ("hour", 8, 11), ("z", 2, 10), ("pct2", 5, 60), ("k2", 2, 9) })
            f[slot] = Num(rng.Next(lo, hi + 1));
        return f;
    }

    private static string WriteArticle(Random rng, Dictionary<string, string> facts)
    {
        // Pick 15–25 distinct statements, in a shuffled order, then add 2–4 filler sentences.
        var order = Enumerable.Range(0, Templates.Length).ToArray();
        rng.Shuffle(order);
        var sentences = order.Take(rng.Next(15, 26)).Select(t => Statement(rng, facts, Templates[t])).ToList();
        int fillers = rng.Next(2, 5);
        for (int i = 0; i < fillers; i++) sentences.Insert(rng.Next(sentences.Count + 1), Filler(rng, facts));

        int day = Math.Clamp(int.Parse(facts["d"], CultureInfo.InvariantCulture) + rng.Next(0, 3), 1, 28);
        var sb = new StringBuilder();
        sb.Append(Title(rng, facts)).Append('\n');
        sb.Append("2025-").Append(facts["MonthNumber"]).Append('-').Append(day.ToString("00", CultureInfo.InvariantCulture)).Append('\n');
        for (int i = 0; i < sentences.Count;)
        {
            int take = rng.Next(3, 6);
            sb.Append('\n').Append(string.Join(' ', sentences.Skip(i).Take(take))).Append('\n');
            i += take;
        }
        return sb.ToString();
    }

    private static string Title(Random rng, Dictionary<string, string> f) => rng.Next(3) switch
    {
        0 => Capitalize(Fill("{A} and {B} hold talks in {City}", f)),
        1 => Capitalize(Fill("{CountryA} and {CountryB} meet in {City} as diplomacy resumes", f)),
        _ => Capitalize(Fill("Talks in {City}: what {A} and {B} agreed", f)),
    };

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Statement(Random rng, Dictionary<string, string> facts, (string Affirmed, string? Negated) template)
    {
        var slots = new Dictionary<string, string>(facts, StringComparer.Ordinal);
        var text = template.Affirmed;
        double roll = rng.NextDouble();
        if (roll < 0.08) ChangeNumber(rng, slots, text);                        // a real conflict
        else if (roll < 0.12) ChangeDate(rng, slots);                           // a date conflict
        else if (roll < 0.16) SwapName(rng, slots, text);                        // an actor conflict
        else if (roll < 0.21 && template.Negated is not null) text = template.Negated; // a polarity conflict
        var sentence = Capitalize(Fill(text, slots, words: rng.Next(2) == 0));
        return rng.NextDouble() < 0.45 ? Paraphrase(rng, sentence) : sentence;
    }

    private static void ChangeNumber(Random rng, Dictionary<string, string> slots, string template)
    {
        var used = NumberSlots.Where(s => template.Contains("{" + s + "}", StringComparison.Ordinal)).ToList();
        if (used.Count == 0) return;
        var slot = used[rng.Next(used.Count)];
        int v = int.Parse(slots[slot], CultureInfo.InvariantCulture);
        int delta = Math.Max(1, v / 4) * (rng.Next(2) == 0 ? -1 : 1);
        int changed = v + delta;
        slots[slot] = Num(changed >= 1 ? changed : v - delta);
    }

    private static void ChangeDate(Random rng, Dictionary<string, string> slots)
    {
        int d = int.Parse(slots["d"], CultureInfo.InvariantCulture);
        slots["d"] = Num(Math.Clamp(d + (rng.Next(2) == 0 ? -1 : 1) * rng.Next(1, 4), 1, 28));
    }

    private static void SwapName(Random rng, Dictionary<string, string> slots, string template)
    {
        var used = PersonSlots.Where(s => template.Contains("{" + s + "}", StringComparison.Ordinal)).ToList();
        if (used.Count == 0) return;
        var slot = used[rng.Next(used.Count)];
        string name;
        do name = Pick(rng, People).Name; while (name == slots[slot]);
        slots[slot] = name;
    }

    private static string Paraphrase(Random rng, string sentence)
    {
        foreach (var (word, alternatives) in Synonyms)
        {
            if (rng.Next(2) == 0) continue;
            sentence = Regex.Replace(sentence, $@"\b{Regex.Escape(word)}\b", alternatives[rng.Next(alternatives.Length)]);
        }
        return sentence;
    }

    private static string Filler(Random rng, Dictionary<string, string> facts)
    {
        var slots = new Dictionary<string, string>(facts, StringComparer.Ordinal)
        {
            ["Weekday"] = Pick(rng, Weekdays), ["Reporter"] = Pick(rng, People).Name, ["Editor"] = Pick(rng, People).Name,
            ["t"] = Num(rng.Next(5, 35)), ["r"] = Num(rng.Next(10, 300)), ["u"] = (rng.Next(1, 40) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
            ["hh"] = rng.Next(0, 24).ToString("00", CultureInfo.InvariantCulture), ["mm"] = rng.Next(0, 60).ToString("00", CultureInfo.InvariantCulture),
        };
        return Capitalize(Fill(Pick(rng, Fillers), slots));
    }

    // Fills {slot} placeholders; with words=true, small counts are spelled out ("four") as news style often does.
    private static string Fill(string template, Dictionary<string, string> slots, bool words = false) =>
        Regex.Replace(template, @"\{(\w+)\}", m =>
        {
            var value = slots[m.Groups[1].Value];
            if (words && m.Groups[1].Value is not ("d" or "d2" or "Year" or "Year2" or "hour")
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < Words.Length)
                return Words[n];
            return value;
        });

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];
}
