package io.arsim.core.topology.file;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML factory, with parsers that read through {@link WholeTextStreamReader} so that
 * parsing takes time linear in the document's length. Writing is unchanged.
 */
final class LinearYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  LinearYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  /** A parser over {@code text}. */
  LinearYamlParser parserFor(String text) {
    IOContext context = _createContext(_createContentReference(text), false);
    return new LinearYamlParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, text, this);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    StringWriter all = new StringWriter();
    reader.transferTo(all);
    return new LinearYamlParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, all.toString(), this);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) {
    return new LinearYamlParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec,
        new String(data, offset, length), this);
  }

  /** Jackson's YAML parser over SnakeYAML's parser, fed by {@link WholeTextStreamReader}. */
  static final class LinearYamlParser extends YAMLParser {
    LinearYamlParser(IOContext context, int parserFeatures, int formatFeatures, ObjectCodec codec, String text,
        LinearYamlFactory factory) {
      super(context, parserFeatures, formatFeatures, codec, Reader.nullReader(),
          new ParserImpl(new WholeTextStreamReader(text),
              factory._loaderOptions == null ? new LoaderOptions() : factory._loaderOptions));
    }

    /** The line of the current token, as {@link #currentTokenLocation()} gives it (0 when none). */
    int tokenLine() {
      return _lastTagEvent == null ? 0 : _lastTagEvent.getStartMark().getLine() + 1;
    }

    /** The column of the current token, as {@link #currentTokenLocation()} gives it (0 when none). */
    int tokenColumn() {
      return _lastTagEvent == null ? 0 : _lastTagEvent.getStartMark().getColumn() + 1;
    }

    /**
     * The anchor ({@code &name}) of the current value, or null. Jackson's own
     * {@link #getObjectId()} forgets the anchors of scalars that are values of a mapping.
     */
    @Nullable String anchor() {
      return !isCurrentAlias() && _lastEvent instanceof NodeEvent node ? node.getAnchor() : null;
    }
  }
}
