## Schedule: vaccines, checkups, reasons
