import CatalogCheck
import LearningGraph

extension CuratorReport {
    /// The most courses the topic x course heatmap shows; beyond, the JSON report has the matrix.
    package static let courseHeatmapLimit = 80

    /// The report as one self-contained HTML file: inline CSS and SVG, no script, no external resource.
    package func html() -> String {
        var out = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header><h1>\(e(title))</h1>
            <nav><a href="#totals">Totals</a> · <a href="#coverage">Coverage</a> · <a href="#gaps">Gaps</a> · \
            <a href="#courses">Courses</a> · <a href="#topics">Top lessons</a> · <a href="#paths">Paths</a> · \
            <a href="#links">Link health</a></nav></header>
            <main>

            """
        out += totalsSection()
        out += "<section id=\"coverage\"><h2>Coverage</h2>\n"
        out +=
            "<p>Lessons per topic; a lesson counts for its topics and every broader topic. Hatched cells are gaps.</p>\n"
        out += figure(
            Heatmap.svg(coverage.byEcosystem, title: "Lessons per topic and ecosystem", id: "heatmap-ecosystem")
        )
        out += figure(
            Heatmap.svg(
                coverage.runnableByEcosystem,
                title: "Runnable lessons (lab, notebook, workshop, repo) per topic and ecosystem",
                id: "heatmap-runnable"
            )
        )
        if coverage.byCourse.columns.count <= Self.courseHeatmapLimit {
            out += figure(
                Heatmap.svg(
                    coverage.byCourse,
                    title: "Lessons per topic and course",
                    columnAxis: "Course",
                    id: "heatmap-course"
                )
            )
        } else {
            out += "<p>The topic × course matrix has \(coverage.byCourse.columns.count) courses, more than "
            out += "\(Self.courseHeatmapLimit); see the JSON report (<code>--format json</code>).</p>\n"
        }
        out += "</section>\n"
        out += gapsSection()
        out += coursesSection()
        out += topicsSection()
        out += pathsSection()
        out += linkHealthSection()
        out += "<section id=\"weights\"><h2>How scores are made</h2>\n<p>One component per principle; the points are "
        out +=
            "the weights below (see <code>QualityWeights</code>).</p>\n<table><thead><tr><th>weight</th><th>points</th>"
        out += "</tr></thead><tbody>\n"
        for (name, value) in weightRows() { out += "<tr><td>\(e(name))</td><td class=\"num\">\(value)</td></tr>\n" }
        out += "</tbody></table></section>\n</main>\n</body>\n</html>\n"
        return out
    }

    private func totalsSection() -> String {
        var out = "<section id=\"totals\"><h2>Totals</h2>\n<ul class=\"cards\">\n"
        for (label, value) in [
            ("courses", totals.courses), ("lessons", totals.lessons), ("runnable lessons", totals.runnableLessons),
            ("topics", totals.topics), ("people", totals.people), ("paths", totals.paths), ("path steps", totals.steps),
            ("gaps", coverage.gaps.count),
        ] {
            out += "<li><strong>\(value)</strong> \(e(label))</li>\n"
        }
        out += "</ul>\n<p>Courses by kind: "
        out += totals.coursesByKind.sorted { $0.key < $1.key }.map { "\(e($0.key)) \($0.value)" }.joined(
            separator: ", "
        )
        out += ". Lessons by format: "
        out += totals.lessonsByFormat.sorted { $0.key < $1.key }.map { "\(e($0.key)) \($0.value)" }.joined(
            separator: ", "
        )
        return out + ".</p></section>\n"
    }

    private func gapsSection() -> String {
        var out = "<section id=\"gaps\"><h2>Gaps (\(coverage.gaps.count))</h2>\n"
        if coverage.gaps.isEmpty { out += "<p>No gaps.</p>\n" }
        for kind in CoverageGap.Kind.allCases {
            let gaps = coverage.gaps.filter { $0.kind == kind }
            guard !gaps.isEmpty else { continue }
            out += "<details open><summary><code>\(kind.rawValue)</code> (\(gaps.count))</summary>\n<table><thead><tr>"
            out += "<th>gap</th><th>suggestion</th></tr></thead><tbody>\n"
            for gap in gaps { out += "<tr><td>\(e(gap.message))</td><td>\(e(gap.suggestion))</td></tr>\n" }
            out += "</tbody></table></details>\n"
        }
        return out + "</section>\n"
    }

    private func coursesSection() -> String {
        var out = "<section id=\"courses\"><h2>Courses by quality</h2>\n<table><thead><tr><th>#</th><th>course</th>"
        out += "<th>kind</th><th>lessons</th><th>points</th><th>reasons</th></tr></thead><tbody>\n"
        for (index, course) in courses.enumerated() {
            out += "<tr><td class=\"num\">\(index + 1)</td><td>\(e(course.title))<br><code>\(e(course.id))</code></td>"
            out += "<td><span class=\"kind kind-\(e(course.kind))\">\(e(course.kind))</span></td>"
            out +=
                "<td class=\"num\">\(course.lessons)</td><td class=\"num\"><strong>\(Self.signed(course.points))</strong></td>"
            out += "<td>\(reasonList(course.reasons))</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private func topicsSection() -> String {
        var out = "<section id=\"topics\"><h2>Top lessons per topic</h2>\n"
        for topic in topics {
            let level = min(3 + topic.depth, 5)
            out += "<h\(level) id=\"topic-\(e(topic.topic))\">\(e(topic.name)) <small><code>\(e(topic.topic))</code> · "
            out += "\(topic.lessonCount) lessons</small></h\(level)>\n"
            if topic.lessons.isEmpty {
                out += "<p class=\"gap\">No lesson yet.</p>\n"
                continue
            }
            out += "<ol>\n"
            for lesson in topic.lessons {
                out += "<li><a href=\"\(e(lesson.url))\">\(e(lesson.title))</a> <code>\(e(lesson.id))</code> "
                out += "<small>(\(e(lesson.course)))</small> <strong>\(Self.signed(lesson.points))</strong>"
                out += reasonList(lesson.reasons) + "</li>\n"
            }
            out += "</ol>\n"
        }
        return out + "</section>\n"
    }

    private func linkHealthSection() -> String {
        var out = "<section id=\"links\"><h2>Link health</h2>\n"
        out += "<p>\(Self.lessons(linkHealth.checkedLessons)) checked, \(linkHealth.uncheckedLessons) not checked yet "
        out += "(<code>coursemap links</code>); \(linkHealth.lessons.count) need attention.</p>\n"
        guard !linkHealth.lessons.isEmpty else { return out + "</section>\n" }
        out += "<table><thead><tr><th>lesson</th><th>course</th><th>status</th><th>failing since</th>"
        out += "<th>failures</th><th>final URL</th></tr></thead><tbody>\n"
        for lesson in linkHealth.lessons {
            out += "<tr><td>\(e(lesson.title))<br><code>\(e(lesson.id))</code><br><small>\(e(lesson.url))</small></td>"
            out += "<td><code>\(e(lesson.course))</code></td><td>\(e(lesson.health)) \(e(lesson.lastStatus))</td>"
            out += "<td>\(e(lesson.failingSince))</td><td class=\"num\">\(lesson.consecutiveFailures)</td>"
            out += "<td>\(e(lesson.finalURL))</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private func pathsSection() -> String {
        var out = "<section id=\"paths\"><h2>Learning paths</h2>\n"
        if paths.isEmpty { out += "<p>No learning paths.</p>\n" }
        for path in paths {
            out +=
                "<h3>\(e(path.title)) <small><code>\(e(path.id))</code> · \(path.coveredSteps) of \(path.steps.count) "
            out += "steps covered</small></h3>\n<table><thead><tr><th>step</th><th>title</th><th>topics</th>"
            out += "<th>lessons</th></tr></thead><tbody>\n"
            for step in path.steps {
                out += "<tr\(step.covered ? "" : " class=\"uncovered\"")><td class=\"num\">\(e(step.order))</td>"
                out +=
                    "<td>\(e(step.title))</td><td>\(step.topics.map { "<code>\(e($0))</code>" }.joined(separator: " "))</td><td>"
                if step.covered {
                    out += step.lessons.map { lesson in
                        "<code>\(e(lesson.id))</code>\(lesson.pinned ? " <span class=\"pin\">pinned</span>" : "")"
                            + " <small>\(e(lesson.reasons.joined(separator: "; ")))</small>"
                    }.joined(separator: "<br>")
                } else {
                    out += "<strong>uncovered</strong>"
                }
                out += "</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        return out + "</section>\n"
    }

    private func figure(_ svg: String) -> String { "<figure class=\"chart\">\(svg)</figure>\n" }

    private func reasonList(_ reasons: [String]) -> String {
        guard !reasons.isEmpty else { return "" }
        return "<ul class=\"reasons\">"
            + reasons.map { reason in
                let cls = reason.hasPrefix("-") ? "minus" : "plus"
                return "<li class=\"\(cls)\">\(e(reason))</li>"
            }.joined() + "</ul>"
    }

    private func weightRows() -> [(String, Int)] {
        [
            ("primary source: own site or canonical repository", weights.primarySource),
            ("primary source: linked by a cloud or oss course", weights.linkedSource),
            ("runnable: lab, notebook, workshop, repo", weights.runnable), ("runnable: slides only", weights.slideOnly),
            ("course runnable share (percent) for full points", weights.runnableShare),
            ("course partly runnable", weights.partlyRunnable), ("evaluation covered", weights.evaluation),
            ("observability covered", weights.observability),
            ("course missing evaluation or observability", weights.missingCoverage),
            ("vendor-neutral (oss, independent)", weights.vendorNeutral),
            ("versioning and experiments", weights.versioning),
            ("link failing", weights.failingLink), ("link failing for long", weights.longFailingLink),
        ]
    }

    private func e(_ text: String) -> String { HTML.escape(text) }

    private static let style = """
        :root{color-scheme:light;--ink:#1a1a1a;--muted:#595959;--line:#d0d0d0;--accent:#2a788e}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:#fff}
        header{padding:1.2rem 2rem;border-bottom:1px solid var(--line);background:#f7f7f7}h1{margin:0 0 .3rem;font-size:1.6rem}
        nav a{color:var(--accent)}main{padding:0 2rem 3rem;max-width:1200px}h2{margin-top:2.2rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem}
        h3,h4,h5{margin:1.2rem 0 .4rem}small{color:var(--muted);font-weight:normal}code{font-size:.88em;background:#f0f0f0;padding:0 .25em;border-radius:3px}
        .cards{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0}.cards li{border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;min-width:8rem}
        .cards strong{display:block;font-size:1.5rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f7f7f7}
        td.num{text-align:right;font-variant-numeric:tabular-nums}.chart{margin:1rem 0;overflow-x:auto}.chart svg{max-width:none}
        ul.reasons{display:flex;flex-wrap:wrap;gap:0 1rem;list-style:none;margin:.15rem 0 .5rem;padding:0;font-size:.88em}
        li.minus{color:#8a1c1c}li.plus{color:#1d4d2a}
        .kind{padding:0 .4em;border-radius:3px;border:1px solid var(--line)}.uncovered td{background:#fff4e5}.gap{color:#8a1c1c}
        .pin{font-size:.8em;border:1px solid var(--accent);color:var(--accent);border-radius:3px;padding:0 .3em}
        details summary{cursor:pointer;font-weight:600;margin-top:.6rem}
        """
}
