pub fn run(_: BenchCommand) -> anyhow::Result<std::process::ExitCode> {
    todo!()
}
#[derive(clap::Subcommand)]
pub enum BenchCommand {
    Text,
}
