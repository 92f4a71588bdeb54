package org.starrocks4j.migrate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The revisions of a migrations folder as a directed acyclic graph: each revision points at its parents. Branches
 * appear when two revisions share a parent; a merge revision has several parents and joins them again.
 * Construction checks the graph: unique ids, known parents, no cycles.
 */
public final class RevisionGraph {

    /** Parents before children; among revisions that could come next, the older (then the smaller id) first. */
    private static final Comparator<Revision> ORDER =
            Comparator.comparing(Revision::created).thenComparing(Revision::id);

    private final Map<String, Revision> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<Revision> topological;

    public RevisionGraph(Collection<Revision> revisions) {
        for (Revision r : revisions) {
            Revision previous = byId.put(r.id(), r);
            if (previous != null) {
                throw new MigrationException(ErrorCode.REVISIONS, "two revision files have id " + r.id() + ": "
                        + previous.describe() + " and " + r.describe() + "; give one of them a new id (and fix the "
                        + "parents that name it)");
            }
        }
        for (Revision r : revisions) {
            children.putIfAbsent(r.id(), new ArrayList<>());
            for (String parent : r.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new MigrationException(ErrorCode.REVISIONS, "revision " + r.describe() + " names parent "
                            + parent + ", but no revision file has that id; restore the missing file or fix the "
                            + "parents line");
                }
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r.id());
            }
        }
        topological = sortTopologically();
    }

    private List<Revision> sortTopologically() {
        Map<String, Integer> pendingParents = new HashMap<>();
        PriorityQueue<Revision> ready = new PriorityQueue<>(ORDER);
        for (Revision r : byId.values()) {
            pendingParents.put(r.id(), r.parents().size());
            if (r.parents().isEmpty()) {
                ready.add(r);
            }
        }
        List<Revision> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            Revision r = ready.poll();
            out.add(r);
            for (String child : children.get(r.id())) {
                if (pendingParents.merge(child, -1, Integer::sum) == 0) {
                    ready.add(byId.get(child));
                }
            }
        }
        if (out.size() != byId.size()) {
            Set<String> inCycle = new LinkedHashSet<>(byId.keySet());
            out.forEach(r -> inCycle.remove(r.id()));
            throw new MigrationException(ErrorCode.REVISIONS, "the revisions " + inCycle + " form a cycle through "
                    + "their parents lines; a revision can only follow older revisions");
        }
        return List.copyOf(out);
    }

    /** Every revision, parents before children. */
    public List<Revision> revisions() {
        return topological;
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The revision with exactly this id. */
    public Revision get(String id) {
        Revision r = byId.get(id);
        if (r == null) {
            throw new MigrationException("no revision " + id + " in the migrations folder");
        }
        return r;
    }

    /** Revisions no other revision follows, oldest first. */
    public List<Revision> heads() {
        return topological.stream().filter(r -> children.get(r.id()).isEmpty()).toList();
    }

    /** Revisions without parents. */
    public List<Revision> bases() {
        return topological.stream().filter(r -> r.parents().isEmpty()).toList();
    }

    /** The revisions that follow {@code id} directly. */
    public List<String> childrenOf(String id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** The single head; fails naming the heads when there are several (a branch that needs a merge). */
    public Revision head() {
        List<Revision> heads = heads();
        if (heads.isEmpty()) {
            throw new MigrationException("there are no revisions yet; create one with 'starrocks4j revision'");
        }
        if (heads.size() > 1) {
            throw new MigrationException("there are " + heads.size() + " heads (" + ids(heads) + "): the history has "
                    + "branches. Name the revision to use, use 'heads', or join them with 'starrocks4j merge'");
        }
        return heads.get(0);
    }

    /**
     * The revision a user means by {@code idOrPrefix}: an exact id, or a prefix that only one id starts with.
     * Ambiguous or unknown names fail with the candidates.
     */
    public Revision resolve(String idOrPrefix) {
        Revision exact = byId.get(idOrPrefix);
        if (exact != null) {
            return exact;
        }
        List<Revision> matches = topological.stream().filter(r -> r.id().startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new MigrationException("no revision '" + idOrPrefix + "'"
                    + (isEmpty() ? "; there are no revisions yet" : "; heads are " + ids(heads())
                    + " (see 'starrocks4j history')"));
        }
        throw new MigrationException("'" + idOrPrefix + "' is ambiguous: it starts " + ids(matches)
                + "; give more characters");
    }

    /**
     * Why a new revision cannot take {@code id}, or empty when it can: another revision has it, or one of the two ids
     * starts the other, so that a prefix that named one revision until now would become ambiguous or name the other
     * (compared ignoring case, as file names are on some systems).
     */
    public Optional<String> idClash(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Revision r : topological) {
            String existing = r.id().toLowerCase(Locale.ROOT);
            if (existing.equals(wanted)) {
                return Optional.of("revision id " + id + " is taken by " + r.describe());
            }
            if (existing.startsWith(wanted)) {
                return Optional.of("revision id " + id + " starts the id of " + r.describe() + ", so '" + id
                        + "' would no longer name one revision");
            }
            if (wanted.startsWith(existing)) {
                return Optional.of("revision id " + id + " starts with the id of " + r.describe() + ", so '"
                        + r.id() + "' would no longer name one revision");
            }
        }
        return Optional.empty();
    }

    /** {@code id} and every revision it follows, directly or not. */
    public Set<String> ancestorsOf(String id) {
        return ancestorsOf(List.of(id));
    }

    /**
     * The revisions applied in a named state: {@code base} (none), {@code head} or {@code heads} (every revision;
     * none when there are no revisions yet), or revision ids or prefixes separated by commas or spaces (each with
     * every revision it follows).
     */
    public Set<String> appliedAt(String state) {
        String s = state.strip();
        if (s.equalsIgnoreCase("base") || (isEmpty() && (s.equalsIgnoreCase("head") || s.equalsIgnoreCase("heads")))) {
            return Set.of();
        }
        if (s.equalsIgnoreCase("heads")) {
            return ancestorsOf(heads().stream().map(Revision::id).toList());
        }
        if (s.equalsIgnoreCase("head")) {
            return ancestorsOf(head().id());
        }
        List<String> ids = new ArrayList<>();
        for (String part : s.split("[\\s,]+")) {
            ids.add(resolve(part).id());
        }
        return ancestorsOf(ids);
    }

    /** The union of {@link #ancestorsOf} over {@code ids}: one walk, however many ids share ancestors. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        ids.forEach(id -> walkFrom(get(id).id(), out));
        return out;
    }

    /** The revisions among {@code ids} that none of the others follow: the heads of that set. */
    public List<Revision> headsOf(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Set<String> followed = new HashSet<>(); // every revision some revision of the set follows
        for (String id : wanted) {
            Revision r = byId.get(id);
            if (r != null) {
                r.parents().forEach(parent -> walkFrom(parent, followed));
            }
        }
        return topological.stream().filter(r -> wanted.contains(r.id()) && !followed.contains(r.id())).toList();
    }

    /** The given revisions, parents before children. */
    public List<Revision> inOrder(Collection<String> ids) {
        Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
        return topological.stream().filter(r -> wanted.contains(r.id())).toList();
    }

    /** Adds {@code id} and its ancestors to {@code seen}, not walking again past what is already there. */
    private void walkFrom(String id, Set<String> seen) {
        Deque<String> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                byId.get(next).parents().forEach(todo::push);
            }
        }
    }

    static String ids(Collection<Revision> revisions) {
        return revisions.stream().map(Revision::id).collect(Collectors.joining(", "));
    }
}
