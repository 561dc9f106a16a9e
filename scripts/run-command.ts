/**
 * Runs a council command's `main` with the command line's arguments: its number is the exit code, and an error
 * prints its message only (no stack: these commands are run by officers, not developers).
 */
export async function runCommand(main: (argv: string[]) => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
