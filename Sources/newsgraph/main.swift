import NewsGraphCLI

NewsGraphCommand.main()
