// NewsGraphXML: module placeholder until its first real file lands.
enum NewsGraphXMLModule {}
