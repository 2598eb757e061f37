import Console

HelpdeskCommand.runMain()
