#pragma once

#include "ProjectOpener.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace rk {

class ProjectDocument;

// Opens a project for a command-line task; on refusal writes the reason to `err` and
// returns null.
std::unique_ptr<ProjectDocument> openForTask(const QString &path, const OpenOptions &options, QTextStream &err);

// Opens a project to change it; a file that opens read-only is refused with the reason.
std::unique_ptr<ProjectDocument> openForEdit(const QString &path, QTextStream &err);

// The command-line tasks that need no window. Each writes its result to `out`, its
// problems to `err`, and returns the exit code (0 done, 2 refused; nothing changed then).

struct ImportMeasurementsOptions
{
    QString csvPath;
    QString projectPath;
    QString indicatorName;
    QString dateColumn; // header name or 1-based number; empty: found by name
    QString valueColumn;
};

int importMeasurementsTask(const ImportMeasurementsOptions &options, QTextStream &out, QTextStream &err);

struct ImportStatLineOptions
{
    QString csvPath;
    QString projectPath;
    QString region;             // empty: the one municipality in the file
    QStringList measures;       // topic names; empty: every topic in the file
    QString ageGroup;           // empty: the one age group in the file
    QStringList compareRegions; // the Netherlands, a GGD region, other municipalities
    QStringList codeLists;      // DataProperties, Leeftijd, WijkenEnBuurten, ...
    QString goal;               // title; empty: the first goal, or a new one
};

// Figures of the health monitor from a StatLine export, with their margins and reference
// values (see import/StatLine.h); all or nothing.
int importStatLineTask(const ImportStatLineOptions &options, QTextStream &out, QTextStream &err);

// A clean copy for sharing; with `emlPath` also a mail draft with the copy attached
// (the copy is then written beside the draft under its standard name).
int shareCopyTask(const QString &projectPath, const QString &copyPath, bool keepPersonalData, QTextStream &out,
                  QTextStream &err);
int writeEmlTask(const QString &projectPath, const QString &emlPath, const QString &to, QTextStream &out,
                 QTextStream &err);

// Goals and their indicators, one per line, tab-separated:
//   goal<TAB>title<TAB>horizon
//   indicator<TAB>name<TAB>unit<TAB>baseline<TAB>target<TAB>latest<TAB>verdict
// and from schema 5 the network:
//   organisation<TAB>name<TAB>kind<TAB>roles<TAB>stage<TAB>contributions
int listProjectTask(const QString &projectPath, QTextStream &out, QTextStream &err);

// The changes in a copy that came back since it was shared, one per line, tab-separated:
//   change<TAB>table<TAB>record<TAB>field<TAB>before<TAB>theirs<TAB>mine<TAB>conflict
// (change: added, changed, removed; table: a table's name or project, chapter, answer,
// checklist; conflict: empty, both-changed, removed-by-you, changed-by-you, same-title,
// unknown-origin). Compared two ways, a line on the error stream says why.
int diffTask(const QString &copyPath, const QString &projectPath, QTextStream &out, QTextStream &err);
// Takes the changes over as one step: those that are no conflict, or with `allTheirs` every
// one (theirs winning). Says what it did; 2 and the project untouched when it cannot.
int mergeTask(const QString &copyPath, const QString &projectPath, bool allTheirs, QTextStream &out, QTextStream &err);

// Checks a project file without changing it (verifyProjectFile()): the "OK:" line goes to
// `out` with exit code 0, any other verdict to `err` with its exit code.
int verifyTask(const QString &path, QTextStream &out, QTextStream &err);

} // namespace rk
