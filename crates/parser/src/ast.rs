//! The abstract syntax tree of Lua 5.3 plus wippy-lua's type annotations.
//!
//! Every node carries a [`Span`] (byte offsets into the source). Type annotations are attached to
//! the nodes they annotate (`Local`, `Param`, `FuncBody`, ...) and are `None` in plain Lua code.
//! Nothing in here changes the meaning of a plain Lua 5.3 program.

pub use wippy_lexer::Span;

/// A name (identifier) with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    /// The identifier text.
    pub name: Box<str>,
    /// Where it appears.
    pub span: Span,
}

/// A whole source file: the main function's body.
#[derive(Clone, Debug, PartialEq)]
pub struct Chunk {
    /// The statements of the main function.
    pub block: Block,
    /// Covers the whole file.
    pub span: Span,
}

/// A sequence of statements, optionally ended by `return`.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// The statements, in order (empty statements `;` are dropped).
    pub stats: Vec<Stat>,
    /// The final `return` statement, if any.
    pub ret: Option<Return>,
    /// From the first to the last token of the block (empty at the block's position if empty).
    pub span: Span,
}

/// `return explist`.
#[derive(Clone, Debug, PartialEq)]
pub struct Return {
    /// The returned expressions (possibly empty).
    pub exprs: Vec<Expr>,
    /// Covers `return` up to the last expression (or the optional `;`).
    pub span: Span,
}

/// A statement with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stat {
    /// What kind of statement.
    pub kind: StatKind,
    /// Covers the whole statement.
    pub span: Span,
}

/// A name declared by `local`, a `for` loop or a parameter list, with its optional annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    /// The declared name.
    pub name: Name,
    /// `: T` annotation, if present.
    pub ty: Option<TypeExpr>,
}

/// The statement forms.
// Statements live in vectors that are built once and walked a few times; boxing the large
// variants would cost an allocation each for no measurable gain.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum StatKind {
    /// `local a: T, b = e1, e2`
    Local {
        /// Declared names (at least one).
        names: Vec<Binding>,
        /// Initialisers (possibly empty).
        exprs: Vec<Expr>,
    },
    /// `t.x, y = e1, e2` (targets are `Name`, `Index` or `Field` expressions).
    Assign {
        /// Assignment targets (at least one).
        targets: Vec<Expr>,
        /// Right-hand side (at least one).
        exprs: Vec<Expr>,
    },
    /// A function or method call used as a statement (`Call` or `MethodCall` expression).
    Call(Expr),
    /// `do block end`
    Do(Block),
    /// `while cond do block end`
    While {
        /// Loop condition.
        cond: Expr,
        /// Loop body.
        body: Block,
    },
    /// `repeat block until cond` (the condition sees the body's locals).
    Repeat {
        /// Loop body.
        body: Block,
        /// Exit condition.
        cond: Expr,
    },
    /// `if c1 then b1 elseif c2 then b2 else b3 end`
    If {
        /// The `if` and every `elseif` clause, in order (at least one).
        clauses: Vec<IfClause>,
        /// The `else` block, if present.
        else_block: Option<Block>,
    },
    /// `for v = start, limit, step do body end`
    NumericFor {
        /// The control variable.
        var: Binding,
        /// Initial value.
        start: Expr,
        /// Limit.
        limit: Expr,
        /// Step (defaults to 1 when absent).
        step: Option<Expr>,
        /// Loop body.
        body: Block,
    },
    /// `for k, v in explist do body end`
    GenericFor {
        /// Loop variables (at least one).
        vars: Vec<Binding>,
        /// The iterator expressions.
        exprs: Vec<Expr>,
        /// Loop body.
        body: Block,
    },
    /// `function a.b.c:m(...) ... end`
    Function {
        /// The dotted name and optional method name.
        name: FuncName,
        /// Parameters, annotations and body (an implicit `self` for methods is not listed).
        func: Box<FuncBody>,
    },
    /// `local function f(...) ... end`
    LocalFunction {
        /// The local's name.
        name: Name,
        /// Parameters, annotations and body.
        func: Box<FuncBody>,
    },
    /// `::name::`
    Label(Name),
    /// `goto name`
    Goto(Name),
    /// `break`
    Break,
    /// `type Name<T> = T` (or `export type ...`): a type alias, also a runtime type value.
    TypeDecl(Box<TypeDecl>),
}

/// One `if`/`elseif` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct IfClause {
    /// The condition.
    pub cond: Expr,
    /// The block run when the condition holds.
    pub block: Block,
    /// Covers `if`/`elseif` to the end of the block.
    pub span: Span,
}

/// The name of a function statement: `a.b.c` or `a.b:c`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncName {
    /// The dotted path (at least one name).
    pub path: Vec<Name>,
    /// The name after `:`, if it is a method.
    pub method: Option<Name>,
}

/// A function's parameters, annotations and body.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncBody {
    /// Generic parameters `<T, U: C>`.
    pub generics: Vec<GenericParam>,
    /// Named parameters.
    pub params: Vec<Binding>,
    /// `...` present in the parameter list.
    pub is_vararg: bool,
    /// `...: T` annotation.
    pub vararg_ty: Option<TypeExpr>,
    /// `: R` or `: (R1, R2)` return annotation.
    pub returns: Option<ReturnType>,
    /// The body.
    pub body: Block,
    /// Line of the `function` keyword (Lua's `linedefined`).
    pub line: u32,
    /// Line of the closing `end` (Lua's `lastlinedefined`).
    pub end_line: u32,
    /// Covers `function` (or the parameter list for statements) to `end`.
    pub span: Span,
}

/// A generic parameter `T` or `T: Constraint`.
#[derive(Clone, Debug, PartialEq)]
pub struct GenericParam {
    /// The parameter's name.
    pub name: Name,
    /// The constraint after `:`, if any.
    pub constraint: Option<TypeExpr>,
}

/// Expressions.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What kind of expression.
    pub kind: ExprKind,
    /// Covers the whole expression.
    pub span: Span,
}

/// The expression forms.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `nil`
    Nil,
    /// `true`
    True,
    /// `false`
    False,
    /// `...`
    Vararg,
    /// An integer numeral.
    Int(i64),
    /// A float numeral.
    Float(f64),
    /// A string literal (bytes, escapes decoded).
    Str(Box<[u8]>),
    /// `function (...) ... end`
    Function(Box<FuncBody>),
    /// `{ fields }`
    Table(Vec<TableField>),
    /// A variable reference (local, upvalue or global).
    Name(Name),
    /// `obj[key]`
    Index {
        /// The indexed object.
        obj: Box<Expr>,
        /// The key.
        key: Box<Expr>,
    },
    /// `obj.name`
    Field {
        /// The indexed object.
        obj: Box<Expr>,
        /// The field name.
        name: Name,
    },
    /// `f(args)`, `f"str"`, `f{table}`
    Call {
        /// The called expression.
        func: Box<Expr>,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// `obj:name(args)`
    MethodCall {
        /// The receiver.
        obj: Box<Expr>,
        /// The method name.
        method: Name,
        /// The arguments (without the implicit receiver).
        args: Vec<Expr>,
    },
    /// `(e)`: keeps only the first value of a multi-value expression.
    Paren(Box<Expr>),
    /// A binary operation.
    Binary {
        /// The operator.
        op: BinOp,
        /// Left operand.
        lhs: Box<Expr>,
        /// Right operand.
        rhs: Box<Expr>,
    },
    /// A unary operation.
    Unary {
        /// The operator.
        op: UnOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// `e :: T` or `e as T`: an unchecked cast (checker only; no runtime effect).
    Cast {
        /// The cast expression.
        expr: Box<Expr>,
        /// The target type.
        ty: Box<TypeExpr>,
    },
    /// `e!`: non-nil assertion (checker only; no runtime effect).
    NonNil(Box<Expr>),
}

/// A field of a table constructor.
#[derive(Clone, Debug, PartialEq)]
pub enum TableField {
    /// `[k] = v`
    Keyed {
        /// Key expression.
        key: Expr,
        /// Value expression.
        value: Expr,
    },
    /// `name = v`
    Named {
        /// Field name.
        name: Name,
        /// Value expression.
        value: Expr,
    },
    /// `v` (positional; the last one may expand to multiple values).
    Positional(Expr),
}

/// Binary operators, in Lua 5.3's precedence classes (see [`BinOp::precedence`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `or`
    Or,
    /// `and`
    And,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `<=`
    Le,
    /// `>=`
    Ge,
    /// `~=`
    Ne,
    /// `==`
    Eq,
    /// `|`
    BOr,
    /// `~`
    BXor,
    /// `&`
    BAnd,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `..` (right associative)
    Concat,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `//`
    IDiv,
    /// `%`
    Mod,
    /// `^` (right associative, binds tighter than unary operators on its left)
    Pow,
}

impl BinOp {
    /// Lua 5.3's (left, right) priorities from lparser.c: higher binds tighter.
    pub fn precedence(self) -> (u8, u8) {
        use BinOp::*;
        match self {
            Or => (1, 1),
            And => (2, 2),
            Lt | Gt | Le | Ge | Ne | Eq => (3, 3),
            BOr => (4, 4),
            BXor => (5, 5),
            BAnd => (6, 6),
            Shl | Shr => (7, 7),
            Concat => (9, 8),
            Add | Sub => (10, 10),
            Mul | Div | IDiv | Mod => (11, 11),
            Pow => (14, 13),
        }
    }

    /// The operator's source text.
    pub fn text(self) -> &'static str {
        use BinOp::*;
        match self {
            Or => "or",
            And => "and",
            Lt => "<",
            Gt => ">",
            Le => "<=",
            Ge => ">=",
            Ne => "~=",
            Eq => "==",
            BOr => "|",
            BXor => "~",
            BAnd => "&",
            Shl => "<<",
            Shr => ">>",
            Concat => "..",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            IDiv => "//",
            Mod => "%",
            Pow => "^",
        }
    }
}

/// Unary operators (priority 12 in Lua 5.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `-`
    Neg,
    /// `not`
    Not,
    /// `#`
    Len,
    /// `~`
    BNot,
}

impl UnOp {
    /// The operator's source text.
    pub fn text(self) -> &'static str {
        match self {
            UnOp::Neg => "-",
            UnOp::Not => "not",
            UnOp::Len => "#",
            UnOp::BNot => "~",
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Type syntax
// ------------------------------------------------------------------------------------------------

/// `type Name<T, U> = T` (`exported` for `export type`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDecl {
    /// The alias name.
    pub name: Name,
    /// Generic parameters.
    pub generics: Vec<GenericParam>,
    /// The aliased type.
    pub ty: TypeExpr,
    /// Declared with `export type`.
    pub exported: bool,
}

/// A type expression with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    /// What kind of type expression.
    pub kind: TypeKind,
    /// Covers the whole type expression.
    pub span: Span,
}

/// The type expression forms.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// A named type, possibly qualified and applied: `number`, `User`, `mod.T`, `Box<T>`.
    Named {
        /// `mod.T` is `[mod, T]`; primitives are single names (`number`, `any`, ...).
        path: Vec<Name>,
        /// Generic arguments `<A, B>` (empty if none).
        args: Vec<TypeExpr>,
    },
    /// The `nil` type.
    Nil,
    /// A literal type: `"pending"`, `true`, `false`, `42`.
    Literal(LiteralType),
    /// `T?`
    Optional(Box<TypeExpr>),
    /// `A | B | ...` (at least two members).
    Union(Vec<TypeExpr>),
    /// `A & B & ...` (at least two members).
    Intersection(Vec<TypeExpr>),
    /// `{T}`
    Array(Box<TypeExpr>),
    /// `{[K]: V}`
    Map {
        /// Key type.
        key: Box<TypeExpr>,
        /// Value type.
        value: Box<TypeExpr>,
    },
    /// `{x: T, y?: U}`, optionally with one indexer `[K]: V` mixed in.
    Record {
        /// Named fields, in source order.
        fields: Vec<RecordField>,
        /// An indexer entry `[K]: V`, if present.
        indexer: Option<(Box<TypeExpr>, Box<TypeExpr>)>,
    },
    /// `<T>(a: A, ...: V) -> R` or `(A) -> (R1, R2)`.
    Function(Box<FunctionType>),
    /// `typeof(expr)`
    TypeOf(Box<Expr>),
    /// `T @min(0) @max(10)`: a type with runtime validators.
    Validated {
        /// The validated type.
        ty: Box<TypeExpr>,
        /// The validators, in source order.
        validators: Vec<Validator>,
    },
}

/// The value of a literal type.
#[derive(Clone, Debug, PartialEq)]
pub enum LiteralType {
    /// A string literal type.
    Str(Box<[u8]>),
    /// An integer literal type.
    Int(i64),
    /// A float literal type.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
}

/// A field of a record type.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordField {
    /// The field name.
    pub name: Name,
    /// Declared with `?:`.
    pub optional: bool,
    /// The field's type.
    pub ty: TypeExpr,
}

/// A function type.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionType {
    /// Generic parameters.
    pub generics: Vec<GenericParam>,
    /// Parameters (names are optional in function types).
    pub params: Vec<FunctionTypeParam>,
    /// `...: T` (or bare `...`, which is `any`).
    pub vararg: Option<TypeExpr>,
    /// Whether `...` appears.
    pub is_vararg: bool,
    /// The result types.
    pub returns: ReturnType,
}

/// A parameter of a function type.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionTypeParam {
    /// `name:` if given.
    pub name: Option<Name>,
    /// The parameter type.
    pub ty: TypeExpr,
}

/// Result types: `T`, `(T1, T2)`, `(T, ...U)` or `()`.
#[derive(Clone, Debug, PartialEq)]
pub struct ReturnType {
    /// Fixed result types.
    pub types: Vec<TypeExpr>,
    /// A variadic tail `...T`, if any.
    pub vararg: Option<Box<TypeExpr>>,
    /// Covers the annotation.
    pub span: Span,
}

/// A runtime validator `@name(args)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Validator {
    /// `min`, `max`, `min_len`, `max_len`, `pattern`, ...
    pub name: Name,
    /// The arguments (literal expressions).
    pub args: Vec<Expr>,
    /// Covers `@` to `)`.
    pub span: Span,
}
