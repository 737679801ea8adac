using System.Collections;
using System.Reflection;
using ElcBot.Bot.Hosting;
using ElcBot.Cli.Packaging;
using ElcBot.Clustering;
using ElcBot.Core.Panels;
using ElcBot.Storage;
using ElcBot.Web.Hosting;
using ElcBot.Web.Playground;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>.env.example and the README's Configuration table name every setting the service reads, and nothing else.</summary>
public sealed class SettingsDocumentationTests
{
    // Read by the SDK or the host directly rather than through an options class.
    private static readonly string[] ReadDirectly =
    [
        "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
        "Port", "ASPNETCORE_ENVIRONMENT", Telemetry.ConnectionStringSetting,
    ];

    // Options properties the service sets for itself, never a person.
    private static readonly string[] NotSettings = ["Privacy__UsesDevelopmentKey"];

    [Fact]
    public void Should_list_every_setting_in_the_example_file_when_the_service_reads_it()
    {
        var (example, problem) = DotEnvFile.Read(RepositoryFiles.Path(".env.example"));

        Assert.Null(problem);
        Assert.Empty(Settings().Except(example.Select(s => s.Key), StringComparer.Ordinal));
    }

    [Fact]
    public void Should_list_only_settings_the_service_reads_when_the_example_file_is_copied()
    {
        var (example, _) = DotEnvFile.Read(RepositoryFiles.Path(".env.example"));

        Assert.Empty(example.Select(s => s.Key).Except(Settings(), StringComparer.Ordinal));
    }

    [Fact]
    public void Should_name_every_setting_in_the_readme_when_the_service_reads_it()
    {
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md"));
        var unnamed = Settings().Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal)).ToArray();

        Assert.Empty(unnamed);
    }

    /// <summary>
    /// Every property of every options class (a type with a SectionName) in the service's assemblies, as an environment
    /// variable; a list is named by its first item. Then the Teams package's settings and those read directly.
    /// </summary>
    private static IReadOnlyList<string> Settings()
    {
        Assembly[] assemblies =
        [
            typeof(BotOptions).Assembly, typeof(PanelOptions).Assembly, typeof(TableStorageOptions).Assembly,
            typeof(ThemeEngine).Assembly, typeof(PlaygroundOptions).Assembly, typeof(TeamsAppSettings).Assembly,
        ];
        var bound = assemblies.SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Section: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(t => t.Section is not null)
            .SelectMany(t => t.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => Name(t.Section!, p)));
        var package = typeof(TeamsAppSettings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Setting", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!);

        return bound.Concat(package).Concat(ReadDirectly).Except(NotSettings).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    private static string Name(string section, PropertyInfo property)
    {
        var name = section.Replace(":", "__", StringComparison.Ordinal) + "__" + property.Name;
        var isList = property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);
        return isList ? name + "__0" : name;
    }
}
