## hagu, the command-line tool
