package io.arsim.engine.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** SortedArrayMap behaves as the same entries in a TreeMap, read-only. */
class SortedArrayMapTest {

  private static SortedArrayMap<Integer, String> of(TreeMap<Integer, String> tree) {
    Integer[] keys = tree.keySet().toArray(new Integer[0]);
    String[] values = tree.values().toArray(new String[0]);
    return SortedArrayMap.of(keys, values, keys.length);
  }

  private static TreeMap<Integer, String> tree(List<Integer> keys) {
    TreeMap<Integer, String> tree = new TreeMap<>();
    keys.forEach(k -> tree.put(k, "v" + k));
    return tree;
  }

  @Property(tries = 200)
  void readsLikeATreeMapWithTheSameEntries(@ForAll @Size(max = 40) List<@IntRange(min = -50, max = 50) Integer> keys,
      @ForAll @IntRange(min = -60, max = 60) int a, @ForAll @IntRange(min = -60, max = 60) int b) {
    TreeMap<Integer, String> tree = tree(keys);
    SortedArrayMap<Integer, String> map = of(tree);
    assertThat(map).isEqualTo(tree);
    assertThat(tree).isEqualTo(map);
    assertThat(map.hashCode()).isEqualTo(tree.hashCode());
    assertThat(map.toString()).isEqualTo(tree.toString());
    assertThat(new ArrayList<>(map.keySet())).containsExactlyElementsOf(tree.keySet());
    assertThat(new ArrayList<>(map.values())).containsExactlyElementsOf(tree.values());
    assertThat(map.keySet()).isEqualTo(tree.keySet());
    assertThat(map.keySet().contains(a)).isEqualTo(tree.containsKey(a));
    List<String> visited = new ArrayList<>();
    map.forEach((k, v) -> visited.add(k + "=" + v));
    assertThat(visited).containsExactlyElementsOf(tree.entrySet().stream().map(Object::toString).toList());
    assertThat(map.get(a)).isEqualTo(tree.get(a));
    assertThat(map.containsKey(b)).isEqualTo(tree.containsKey(b));
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    assertThat(map.subMap(from, to)).isEqualTo(tree.subMap(from, to));
    assertThat(map.headMap(a)).isEqualTo(tree.headMap(a));
    assertThat(map.tailMap(b)).isEqualTo(tree.tailMap(b));
    SortedMap<Integer, String> nested = map.tailMap(from).headMap(to);
    assertThat(nested).isEqualTo(tree.tailMap(from).headMap(to));
    if (!tree.isEmpty()) {
      assertThat(map.firstKey()).isEqualTo(tree.firstKey());
      assertThat(map.lastKey()).isEqualTo(tree.lastKey());
    }
  }

  @Test
  void anEmptyMapHasNoFirstOrLastKey() {
    SortedArrayMap<Integer, String> empty = SortedArrayMap.empty();
    assertThat(empty).isEmpty();
    assertThat(empty.get(1)).isNull();
    assertThatThrownBy(empty::firstKey).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(empty::lastKey).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void itCannotBeChanged() {
    SortedArrayMap<Integer, String> map = of(tree(List.of(1, 2, 3)));
    assertThatThrownBy(() -> map.put(4, "v4")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ArrayList<>(map.entrySet())).containsExactly(Map.entry(1, "v1"), Map.entry(2, "v2"),
        Map.entry(3, "v3"));
  }

  @Test
  void itRefusesKeysOutOfOrderAndNulls() {
    assertThatThrownBy(() -> SortedArrayMap.of(new Integer[] {2, 1}, new String[] {"a", "b"}, 2))
        .hasMessageContaining("not strictly ascending at 1");
    assertThatThrownBy(() -> SortedArrayMap.of(new Integer[] {1, 1}, new String[] {"a", "b"}, 2))
        .hasMessageContaining("not strictly ascending");
    assertThatThrownBy(() -> SortedArrayMap.of(new Integer[] {1, 2}, new String[] {"a", null}, 2))
        .hasMessageContaining("null key or value at 1");
    assertThatThrownBy(() -> SortedArrayMap.of(new Integer[] {1}, new String[] {"a"}, 2))
        .hasMessageContaining("exceeds");
  }

  @Test
  void aPrefixOfTheArraysIsTheMap() {
    SortedArrayMap<Integer, String> map = SortedArrayMap.of(new Integer[] {1, 2, 9}, new String[] {"a", "b", "c"}, 2);
    assertThat(map).hasSize(2).containsEntry(1, "a").containsEntry(2, "b").doesNotContainKey(9);
  }
}
