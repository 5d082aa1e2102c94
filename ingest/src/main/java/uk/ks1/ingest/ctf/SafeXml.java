package uk.ks1.ingest.ctf;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX set up for files from outside: no DTDs, no external entities, no entity replacement, so a
 * hostile file can neither read local files nor expand entities. A DTD is reported (and rejected by
 * the reader) rather than processed.
 */
final class SafeXml {
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(SafeXml::create);

  private SafeXml() {}

  static XMLInputFactory inputFactory() {
    return FACTORY.get();
  }

  private static XMLInputFactory create() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    // Problems become the reader's exception (and the file's report), never lines on stderr.
    f.setXMLReporter((message, type, info, location) -> {});
    f.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }
}
