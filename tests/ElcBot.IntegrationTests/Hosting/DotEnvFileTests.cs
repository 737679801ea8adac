using ElcBot.Storage.Embedded;
using ElcBot.Web.Hosting;

namespace ElcBot.IntegrationTests.Hosting;

public sealed class DotEnvFileTests
{
    [Fact]
    public void Should_name_the_line_that_is_not_a_setting_and_set_nothing_from_that_file()
    {
        var name = "ELCBOT_DOTENV_TEST_" + Guid.NewGuid().ToString("N");
        var path = Path.Combine(Directory.CreateTempSubdirectory("elcbot-dotenv-").FullName, DotEnvFile.FileName);
        File.WriteAllText(path, $"{name}=set\nthis line is not a setting\n");

        var problem = DotEnvFile.Load(path);

        Assert.Equal(
            $"ElcBot could not read its settings file {path}: line 2 is not in the form Name=value. Put that line right or remove it, then start again (.env.example shows every setting).",
            problem);
        Assert.Null(Environment.GetEnvironmentVariable(name));
    }

    [Fact]
    public void Should_read_every_line_of_the_example_file_people_copy()
    {
        var (settings, problem) = DotEnvFile.Read(Path.Combine(RepositoryRoot.Find()!, ".env.example"));

        Assert.Null(problem);
        Assert.Contains(settings, s => s.Key == "Storage__ConnectionString");
        Assert.Contains(settings, s => s.Key == "Port" && s.Value == "3978");
    }

    [Fact]
    public void Should_set_what_a_good_file_says_but_never_override_the_environment()
    {
        var fromFile = "ELCBOT_DOTENV_TEST_" + Guid.NewGuid().ToString("N");
        var fromEnvironment = "ELCBOT_DOTENV_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(fromEnvironment, "environment");
        var path = Path.Combine(Directory.CreateTempSubdirectory("elcbot-dotenv-").FullName, DotEnvFile.FileName);
        File.WriteAllText(path, $"# a comment\n{fromFile}=file\n{fromEnvironment}=file\n");

        Assert.Null(DotEnvFile.Load(path));

        Assert.Equal("file", Environment.GetEnvironmentVariable(fromFile));
        Assert.Equal("environment", Environment.GetEnvironmentVariable(fromEnvironment));
    }
}
