package io.arsim.importer.observed;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads Cisco IOS-XE {@code show ip bgp} text with a column parser (Cisco IOS XE IP Routing: BGP
 * command reference, "show ip bgp"):
 *
 * <ul>
 *   <li>the status codes before the network: {@code *} valid, {@code >} best, {@code m} multipath,
 *       {@code i} internal, {@code r} RIB-failure, {@code s} suppressed (an RPKI letter V, I or N may
 *       come first);
 *   <li>a path of the same prefix leaves the Network column blank;
 *   <li>a network too long for its column ends the line, and the next line holds the rest from
 *       the Next Hop column on;
 *   <li>a network without a length is classful (class A /8, B /16, C /24), as IOS prints it;
 *   <li>Metric, LocPrf and Weight are right-aligned under their headings and Metric and LocPrf may
 *       be blank, so numbers are assigned to the column whose heading they end nearest to; the
 *       header line gives the columns, and each row's offset from them (IOS-XE prints rows one
 *       column right of the headings) is taken from where its network or next hop starts;
 *   <li>the path ends with the origin code: {@code i}, {@code e} or {@code ?}.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class IosXeShowIpBgpReader {
  /** The code of a problem in {@code show ip bgp} text. */
  public static final String BAD_TEXT = "observed-ios-show-ip-bgp";

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<Ipv4Prefix, List<ObservedPath>> routes = new LinkedHashMap<>();
  private int networkCol = -1;
  private int nextHopCol;
  private int metricEnd;
  private int locPrfEnd;
  private int weightEnd;
  private int pathCol;

  private IosXeShowIpBgpReader(String file) {
    this.file = file;
  }

  /** Reads {@code text}, the content of {@code file}. */
  public static ObservedBgpTable read(String file, String text) {
    IosXeShowIpBgpReader reader = new IosXeShowIpBgpReader(file);
    reader.readLines(text.lines().toList());
    List<ObservedRoute> out = new ArrayList<>();
    reader.routes.forEach((prefix, paths) -> out.add(new ObservedRoute(prefix, paths)));
    return new ObservedBgpTable(file, out, reader.problems);
  }

  private void warn(int line, String message, String fix) {
    problems.add(Problem.warning(BAD_TEXT, "", message, fix).located(new SourceLocation(file, line, 0), ""));
  }

  private void readLines(List<String> lines) {
    Ipv4Prefix current = null;
    String pendingStatus = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace('\t', ' ');
      int number = i + 1;
      if (networkCol < 0) {
        if (line.contains("Network") && line.contains("Next Hop") && line.contains("Path")) {
          networkCol = line.indexOf("Network");
          nextHopCol = line.indexOf("Next Hop");
          metricEnd = line.indexOf("Metric") + "Metric".length();
          locPrfEnd = line.indexOf("LocPrf") + "LocPrf".length();
          weightEnd = line.indexOf("Weight") + "Weight".length();
          pathCol = line.indexOf("Path");
        }
        continue;
      }
      if (line.isBlank() || line.strip().startsWith("Total number") || line.strip().startsWith("Displayed")) {
        continue;
      }
      int first = firstNonBlank(line);
      if (pendingStatus != null) {
        // The rest of a row whose network filled its column: next hop onwards, no status.
        current = row(number, line, pendingStatus, current, first, first - nextHopCol);
        pendingStatus = null;
        continue;
      }
      int digit = firstDigit(line);
      String status = digit < 0 ? line : line.substring(0, digit);
      if (digit < 0 || !status.strip().chars().allMatch(c -> "sdhr*>mbfxactLiSVIN=RuB ".indexOf(c) >= 0)) {
        warn(number, "\"" + line.strip() + "\" is not a row of show ip bgp; it is skipped",
            "save the command's output unchanged, from the header line on");
        continue;
      }
      int tokenEnd = tokenEnd(line, digit);
      // A row's network starts under the Network heading (or one column right of it); a row that
      // starts at the Next Hop column is another path of the prefix above.
      if (digit < nextHopCol) {
        String network = line.substring(digit, tokenEnd);
        Ipv4Prefix prefix = prefix(network, number);
        if (prefix == null) {
          continue;
        }
        current = prefix;
        int shift = digit - networkCol;
        if (firstNonBlankFrom(line, tokenEnd) < 0) {
          pendingStatus = status;
          continue;
        }
        row(number, line, status, current, firstNonBlankFrom(line, tokenEnd), shift);
      } else {
        if (current == null) {
          warn(number, "\"" + line.strip() + "\" continues a prefix, but no prefix came before it; it is skipped",
              "save the command's output unchanged, from the header line on");
          continue;
        }
        row(number, line, status, current, digit, digit - nextHopCol);
      }
    }
    if (networkCol < 0) {
      warn(0, "no header line \"Network  Next Hop  Metric LocPrf Weight Path\" found; expected the output of"
          + " \"show ip bgp\"", "collect it with: show ip bgp");
    }
    if (pendingStatus != null) {
      warn(lines.size(), "the output ends in the middle of a row", "save the complete output of show ip bgp");
    }
  }

  /** Reads a row from the next hop on; returns the prefix it belongs to. */
  private @Nullable Ipv4Prefix row(int number, String line, String status, @Nullable Ipv4Prefix prefix, int nextHopStart,
      int shift) {
    if (prefix == null) {
      return null;
    }
    int end = tokenEnd(line, nextHopStart);
    Ipv4Address nextHop;
    try {
      nextHop = Ipv4Address.parse(line.substring(nextHopStart, end));
    } catch (IllegalArgumentException e) {
      warn(number, "the next hop " + e.getMessage() + "; the row is skipped", "");
      return prefix;
    }
    List<int[]> tokens = new ArrayList<>();
    int i = end;
    while ((i = firstNonBlankFrom(line, i)) >= 0) {
      int e = tokenEnd(line, i);
      tokens.add(new int[] {i, e});
      i = e;
    }
    int pathStart = pathCol + shift;
    List<int[]> numbers = new ArrayList<>();
    List<String> path = new ArrayList<>();
    for (int[] t : tokens) {
      String text = line.substring(t[0], t[1]);
      if (path.isEmpty() && t[0] < pathStart && text.chars().allMatch(Character::isDigit)) {
        numbers.add(t);
      } else {
        path.add(text);
      }
    }
    if (numbers.isEmpty() || path.isEmpty()) {
      warn(number, "\"" + line.strip() + "\" has no weight or no origin code; the row is skipped",
          "save the command's output unchanged");
      return prefix;
    }
    Long weight = Long.parseLong(text(line, numbers.remove(numbers.size() - 1)));
    Long metric = null;
    Long locPrf = null;
    if (numbers.size() == 2) {
      metric = Long.parseLong(text(line, numbers.get(0)));
      locPrf = Long.parseLong(text(line, numbers.get(1)));
    } else if (numbers.size() == 1) {
      long v = Long.parseLong(text(line, numbers.get(0)));
      int endCol = numbers.get(0)[1] - shift;
      if (Math.abs(endCol - metricEnd) <= Math.abs(endCol - locPrfEnd)) {
        metric = v;
      } else {
        locPrf = v;
      }
    } else if (numbers.size() > 2) {
      warn(number, "\"" + line.strip() + "\" has more numbers before the path than Metric, LocPrf and Weight; the"
          + " row is skipped", "save the command's output unchanged");
      return prefix;
    }
    String code = path.remove(path.size() - 1);
    Origin origin;
    AsPath asPath;
    try {
      origin = Origin.parse(code);
      asPath = AsPath.parse(String.join(" ", path));
    } catch (IllegalArgumentException e) {
      warn(number, "\"" + line.strip() + "\": " + e.getMessage() + "; the row is skipped", "");
      return prefix;
    }
    String s = status.strip();
    routes.computeIfAbsent(prefix, p -> new ArrayList<>()).add(new ObservedPath(nextHop, asPath,
        s.indexOf('*') >= 0 || s.indexOf('r') >= 0, s.indexOf('>') >= 0, s.indexOf('m') >= 0 || s.indexOf('=') >= 0,
        s.indexOf('i') >= 0, s.indexOf('r') >= 0, s.indexOf('s') >= 0, weight, locPrf, metric, origin, null,
        new SourceLocation(file, number, 0), ""));
    return prefix;
  }

  private @Nullable Ipv4Prefix prefix(String network, int number) {
    try {
      if (network.indexOf('/') >= 0) {
        return Ipv4Prefix.parse(network);
      }
      Ipv4Address a = Ipv4Address.parse(network);
      int first = a.bits() >>> 24;
      return Ipv4Prefix.containing(a, first < 128 ? 8 : first < 192 ? 16 : 24);
    } catch (IllegalArgumentException e) {
      warn(number, "the network " + e.getMessage() + "; the row is skipped", "");
      return null;
    }
  }

  private static String text(String line, int[] token) {
    return line.substring(token[0], token[1]);
  }

  private static int firstDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int firstNonBlank(String line) {
    return firstNonBlankFrom(line, 0);
  }

  private static int firstNonBlankFrom(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      if (line.charAt(i) != ' ') {
        return i;
      }
    }
    return -1;
  }

  private static int tokenEnd(String line, int start) {
    int i = start;
    while (i < line.length() && line.charAt(i) != ' ') {
      i++;
    }
    return i;
  }
}
