using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class UnexpectedFailureTests
{
    [Fact]
    public void An_exception_inside_the_task_is_error_ODG2000_not_a_crash()
    {
        var engine = new RecordingBuildEngine();

        // An item whose metadata throws stands in for any bug: the task must turn it into a coded error.
        var task = new ValidateAppRegistration
        {
            BuildEngine = engine,
            ProjectFile = "App.csproj",
            ClientId = "6731de76-14a6-49ae-97bc-6eba6914391e",
            Scopes = "offline_access Files.Read",
            ConfigFiles = new Microsoft.Build.Framework.ITaskItem[] { new ThrowingTaskItem() },
        };

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("ODG2000", error.Code);
        Assert.Contains("ValidateAppRegistration", error.Message);
    }
}
