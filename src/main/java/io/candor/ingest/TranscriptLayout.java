package io.candor.ingest;

import io.candor.domain.IngestProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The calls of a corpus without calls.csv: {@code transcripts/<deal_id>/<file>}, one call per file,
 * call id the file name without extension, order the file names' sort order. Where two files share
 * a name stem the later one's id is {@code <deal_id>/<file name>}, so ids stay unique.
 */
final class TranscriptLayout {

    static final String FOLDER = "transcripts";
    /** Files operating systems drop into folders; not transcripts. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

    private TranscriptLayout() {
    }

    static CallList scan(CorpusPaths paths, KnownDeals deals) {
        Path folder = paths.root().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new CorpusException(paths.root() + ": no calls.csv and no " + FOLDER
                    + "/ folder; put each deal's transcripts in " + FOLDER + "/<deal_id>/ or list them in calls.csv");
        }
        List<CallRef> calls = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        Set<String> ignored = new HashSet<>();
        Set<String> usedIds = new HashSet<>();
        for (Path entry : sortedChildren(folder)) {
            String name = entry.getFileName().toString();
            if (isHidden(name)) {
                continue;
            }
            if (!Files.isDirectory(entry)) {
                problems.add(new IngestProblem(paths.relativize(entry), null, null,
                        "not inside a " + FOLDER + "/<deal_id>/ folder, and there is no calls.csv to say which deal it belongs to"));
            } else if (deals.isSkipped(name)) {
                transcriptFiles(entry).forEach(f -> ignored.add(stem(f)));
            } else if (!deals.usable(name)) {
                transcriptFiles(entry).forEach(f -> ignored.add(stem(f)));
                problems.add(new IngestProblem(paths.relativize(entry) + "/", null, name, "folder: " + deals.unknownDealReason(name)));
            } else {
                addDealCalls(name, entry, paths, calls, problems, usedIds);
            }
        }
        return new CallList(CallList.ordered(calls, deals), problems, ignored);
    }

    private static void addDealCalls(String dealId, Path dealFolder, CorpusPaths paths, List<CallRef> calls,
                                     List<IngestProblem> problems, Set<String> usedIds) {
        int order = 0;
        for (Path file : transcriptFiles(dealFolder)) {
            CorpusPaths.Resolved resolved = paths.check(file, paths.relativize(file));
            if (resolved.problem() != null) {
                problems.add(new IngestProblem(paths.relativize(file), null, dealId, resolved.problem()));
                continue;
            }
            String id = usedIds.contains(stem(file)) ? dealId + "/" + file.getFileName() : stem(file);
            usedIds.add(id);
            calls.add(new CallRef(id, dealId, null, null, resolved.file(), resolved.relativePath(), TranscriptFormats.AUTO, order++));
        }
    }

    /** The deal folder's files, sub-folders included, in path sort order. */
    private static List<Path> transcriptFiles(Path dealFolder) {
        try (Stream<Path> walk = Files.walk(dealFolder)) {
            return walk.filter(p -> !p.equals(dealFolder))
                    .filter(p -> !Files.isDirectory(p))
                    .filter(p -> !hasHiddenPart(dealFolder.relativize(p)))
                    .filter(p -> !SYSTEM_FILES.contains(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dealFolder, e);
        }
    }

    private static List<Path> sortedChildren(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new CorpusException(folder + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** ".DS_Store", or anything under a ".git" or ".cache" folder. */
    private static boolean hasHiddenPart(Path relative) {
        for (Path part : relative) {
            if (isHidden(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
